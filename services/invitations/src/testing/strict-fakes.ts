// Test doubles for unit tests: they fail loudly on anything a test did not expect.
import { RpcContract, RpcResponse } from '@passerelle/contracts';
import { RpcClient } from '@passerelle/nest-kit';
import type { Invite } from '../domain/invite';
import { InviteStore } from '../domain/invite-store';

type Responder = (payload: never) => unknown;

/** An RpcClient that answers only the subjects given, parses both ways like the real one, and records calls. */
export class StrictRpc {
  readonly calls: { subject: string; payload: unknown }[] = [];

  constructor(private readonly responders: Record<string, Responder> = {}) {}

  async request<C extends RpcContract>(contract: C, payload: unknown): Promise<RpcResponse<C>> {
    const respond = this.responders[contract.subject];
    if (!respond) throw new Error(`Unexpected RPC ${contract.subject}`);
    const data = contract.request.parse(payload);
    this.calls.push({ subject: contract.subject, payload: data });
    return contract.response.parse(await respond(data as never)) as RpcResponse<C>;
  }

  subjects(): string[] {
    return this.calls.map((call) => call.subject);
  }

  asClient(): RpcClient {
    return this as unknown as RpcClient;
  }
}

/** Invites in memory, with the same ordering and revocation rules as the TypeORM store. */
export class InMemoryInviteStore extends InviteStore {
  readonly invites = new Map<string, Invite>();

  async insert(invite: Invite): Promise<void> {
    if ([...this.invites.values()].some((i) => i.tokenHash === invite.tokenHash)) throw new Error('duplicate token hash');
    this.invites.set(invite.id, structuredClone(invite));
  }

  async delete(id: string): Promise<void> {
    this.invites.delete(id);
  }

  async findById(id: string): Promise<Invite | null> {
    const invite = this.invites.get(id);
    return invite ? structuredClone(invite) : null;
  }

  async findByTokenHash(tokenHash: string): Promise<Invite | null> {
    const invite = [...this.invites.values()].find((i) => i.tokenHash === tokenHash);
    return invite ? structuredClone(invite) : null;
  }

  async listCreatedBy(organisationId: string, userId: string, limit: number): Promise<Invite[]> {
    return this.newestFirst((i) => i.organisationId === organisationId && i.createdByUserId === userId).slice(0, limit);
  }

  async listForOrganisation(organisationId: string, limit: number): Promise<Invite[]> {
    return this.newestFirst((i) => i.organisationId === organisationId).slice(0, limit);
  }

  async listForSession(sessionId: string): Promise<Invite[]> {
    return this.newestFirst((i) => i.sessionId === sessionId);
  }

  async renewLink(id: string, change: { tokenHash: string; linkToken: string; expiresAt: Date; sentAt: Date }): Promise<Invite | null> {
    const invite = this.invites.get(id);
    if (!invite || invite.revokedAt) return null;
    Object.assign(invite, { tokenHash: change.tokenHash, linkToken: change.linkToken, expiresAt: change.expiresAt, lastSentAt: change.sentAt });
    invite.sendCount += 1;
    return structuredClone(invite);
  }

  async extendExpiry(id: string, expiresAt: Date): Promise<void> {
    const invite = this.invites.get(id);
    if (invite) invite.expiresAt = expiresAt;
  }

  async recordNotification(id: string, notificationId: string): Promise<void> {
    const invite = this.invites.get(id);
    if (invite) invite.lastNotificationId = notificationId;
  }

  async markRevoked(id: string, at: Date): Promise<void> {
    const invite = this.invites.get(id);
    if (invite && !invite.revokedAt) invite.revokedAt = at;
  }

  async recordTermsAccepted(id: string, version: string, at: Date): Promise<void> {
    const invite = this.invites.get(id);
    if (invite) Object.assign(invite, { termsAcceptedAt: at, termsVersion: version });
  }

  private newestFirst(keep: (invite: Invite) => boolean): Invite[] {
    return [...this.invites.values()]
      .filter(keep)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .map((i) => structuredClone(i));
  }
}
