// List, resend, revoke and for-session together: the same visibility rule (author or administrator of
// the organisation; anybody else gets NOT_FOUND) must hold in each.
import { ErrorCode, GuestActor, StaffActor } from '@passerelle/contracts';
import { refusalOf } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import type { Invite } from '../domain/invite';
import { hashLinkToken } from '../domain/link-token';
import { anInvite } from '../testing/invite-fixture';
import { InMemoryInviteStore, StrictRpc } from '../testing/strict-fakes';
import { ListInvitesUseCase } from './list-invites/list-invites.usecase';
import { ListSessionInvitesUseCase } from './list-session-invites/list-session-invites.usecase';
import { ResendInviteUseCase } from './resend-invite/resend-invite.usecase';
import { RevokeInviteUseCase } from './revoke-invite/revoke-invite.usecase';
import { InviteSender } from './shared/invite-sender';

const organisationId = randomUUID();
const staff = (roles: StaffActor['roles'], org = organisationId): StaffActor => ({ kind: 'staff', userId: randomUUID(), organisationId: org, roles });
const author = staff(['requester']);
const colleague = staff(['requester']);
const admin = staff(['admin', 'requester']);
const expert = staff(['expert']);
const foreignAdmin = staff(['admin'], randomUUID());

/** The author's invite in the organisation. */
const invite = (overrides: Partial<Invite> = {}): Invite => anInvite({ organisationId, createdByUserId: author.userId, ...overrides });

function world() {
  const store = new InMemoryInviteStore();
  const rpc = new StrictRpc({
    'notifications.message.send.v1': () => ({ notificationId: randomUUID(), status: 'queued' }),
    'chat.participant.remove-by-invite.v1': () => ({ removed: 1 }),
  });
  const sender = new InviteSender(rpc.asClient(), store, { PUBLIC_ORIGIN: 'https://passerelle.example.org' });
  const ttl = { INVITE_TTL_HOURS: 168 };
  return {
    store,
    rpc,
    list: new ListInvitesUseCase(store),
    resend: new ResendInviteUseCase(store, sender, rpc.asClient(), ttl),
    revoke: new RevokeInviteUseCase(store, rpc.asClient()),
    forSession: new ListSessionInvitesUseCase(store),
  };
}

const codeOf = async (promise: Promise<unknown>) => (await refusalOf(promise)).code;

describe('listing invites', () => {
  it("shows a requester their own invites newest first, an administrator the organisation's", async () => {
    const { store, list } = world();
    const older = invite({ createdAt: new Date(Date.now() - 60_000) });
    const newer = invite();
    const others = invite({ createdByUserId: colleague.userId });
    const elsewhere = invite({ organisationId: randomUUID() });
    for (const i of [older, newer, others, elsewhere]) await store.insert(i);

    expect((await list.execute({ actor: author, limit: 200 })).items.map((i) => i.id)).toEqual([newer.id, older.id]);
    expect((await list.execute({ actor: colleague, limit: 200 })).items.map((i) => i.id)).toEqual([others.id]);
    expect((await list.execute({ actor: admin, limit: 200 })).items.map((i) => i.id).sort()).toEqual(
      [older.id, newer.id, others.id].sort(),
    );
    expect(await codeOf(list.execute({ actor: expert, limit: 200 }))).toBe(ErrorCode.FORBIDDEN);
  });

  it('reports expired and revoked invites as such', async () => {
    const { store, list } = world();
    await store.insert(invite({ expiresAt: new Date(Date.now() - 1000) }));
    await store.insert(invite({ revokedAt: new Date() }));
    const statuses = (await list.execute({ actor: author, limit: 200 })).items.map((i) => i.status).sort();
    expect(statuses).toEqual(['expired', 'revoked']);
  });
});

describe('resending an invite', () => {
  it('replaces the link, counts the sending and sends with a new idempotency key', async () => {
    const { store, rpc, resend } = world();
    const original = invite({ expiresAt: new Date(Date.now() - 1000) });
    await store.insert(original);

    const view = await resend.execute({ actor: author, inviteId: original.id });

    expect(view).toMatchObject({ status: 'sent', sendCount: 2 });
    const stored = store.invites.get(original.id)!;
    expect(stored.tokenHash).not.toBe(original.tokenHash);
    expect(await store.findByTokenHash(original.tokenHash)).toBeNull();
    const sent = rpc.calls[0]!.payload as { idempotencyKey: string; variables: { link: string } };
    expect(sent.idempotencyKey).toBe(`invite:${original.id}:2`);
    expect(hashLinkToken(sent.variables.link.split('/join/')[1]!)).toBe(stored.tokenHash);
  });

  it('refuses a revoked invite', async () => {
    const { store, rpc, resend } = world();
    const revoked = invite({ revokedAt: new Date() });
    await store.insert(revoked);
    expect(await codeOf(resend.execute({ actor: author, inviteId: revoked.id }))).toBe(ErrorCode.UNPROCESSABLE);
    expect(rpc.calls).toEqual([]);
  });
});

describe('revoking an invite', () => {
  it('marks it revoked and removes its guest from the session; a second revoke is harmless', async () => {
    const { store, rpc, revoke } = world();
    const live = invite();
    await store.insert(live);

    expect((await revoke.execute({ actor: admin, inviteId: live.id })).status).toBe('revoked');
    expect((await revoke.execute({ actor: author, inviteId: live.id })).status).toBe('revoked');
    expect(rpc.calls).toEqual([
      { subject: 'chat.participant.remove-by-invite.v1', payload: { sessionId: live.sessionId, inviteId: live.id } },
      { subject: 'chat.participant.remove-by-invite.v1', payload: { sessionId: live.sessionId, inviteId: live.id } },
    ]);
  });
});

describe("someone else's invite", () => {
  it.each([
    ['another requester', colleague],
    ['an administrator of another organisation', foreignAdmin],
  ])('is NOT_FOUND for %s, on resend and revoke alike, and nothing happens', async (_who, actor) => {
    const { store, rpc, resend, revoke } = world();
    const mine = invite();
    await store.insert(mine);

    expect(await codeOf(resend.execute({ actor, inviteId: mine.id }))).toBe(ErrorCode.NOT_FOUND);
    expect(await codeOf(revoke.execute({ actor, inviteId: mine.id }))).toBe(ErrorCode.NOT_FOUND);
    expect(await codeOf(resend.execute({ actor, inviteId: randomUUID() }))).toBe(ErrorCode.NOT_FOUND);
    expect(rpc.calls).toEqual([]);
    expect(store.invites.get(mine.id)).toEqual(mine);
  });

  it('is FORBIDDEN to an expert, who may not manage invites at all', async () => {
    const { store, resend, revoke } = world();
    const mine = invite();
    await store.insert(mine);
    expect(await codeOf(resend.execute({ actor: expert, inviteId: mine.id }))).toBe(ErrorCode.FORBIDDEN);
    expect(await codeOf(revoke.execute({ actor: expert, inviteId: mine.id }))).toBe(ErrorCode.FORBIDDEN);
  });
});

describe('invites of a session', () => {
  it('lists only what the actor may see', async () => {
    const { store, forSession } = world();
    const sessionId = randomUUID();
    const mine = invite({ sessionId });
    const second = invite({ sessionId });
    await store.insert(mine);
    await store.insert(second);
    const guest: GuestActor = { kind: 'guest', participantId: randomUUID(), sessionId, inviteId: mine.id };

    expect((await forSession.execute({ actor: author, sessionId })).items).toHaveLength(2);
    expect((await forSession.execute({ actor: admin, sessionId })).items).toHaveLength(2);
    expect((await forSession.execute({ actor: colleague, sessionId })).items).toEqual([]);
    expect((await forSession.execute({ actor: foreignAdmin, sessionId })).items).toEqual([]);
    expect((await forSession.execute({ actor: guest, sessionId })).items.map((i) => i.id)).toEqual([mine.id]);
    expect((await forSession.execute({ actor: { ...guest, sessionId: randomUUID() }, sessionId })).items).toEqual([]);
  });
});
