import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FieldCipher } from '@passerelle/nest-kit';
import { Repository } from 'typeorm';
import type { Invite } from '../domain/invite';
import { InviteStore } from '../domain/invite-store';
import { InviteEntity } from './entities/invite.entity';

/** Column names double as the ciphertexts' associated data: a value moved to another column fails to decrypt. */
const COLUMNS = { firstName: 'first_name', lastName: 'last_name', email: 'email', phone: 'phone', linkToken: 'link_token' } as const;

@Injectable()
export class TypeOrmInviteStore extends InviteStore {
  constructor(
    @InjectRepository(InviteEntity) private readonly invites: Repository<InviteEntity>,
    private readonly cipher: FieldCipher,
  ) {
    super();
  }

  async insert(invite: Invite): Promise<void> {
    await this.invites.insert(this.toEntity(invite));
  }

  async delete(id: string): Promise<void> {
    await this.invites.delete({ id });
  }

  async findById(id: string): Promise<Invite | null> {
    const row = await this.invites.findOneBy({ id });
    return row ? this.toInvite(row) : null;
  }

  async findByTokenHash(tokenHash: string): Promise<Invite | null> {
    const row = await this.invites.findOneBy({ tokenHash });
    return row ? this.toInvite(row) : null;
  }

  async listCreatedBy(organisationId: string, userId: string, limit: number): Promise<Invite[]> {
    const rows = await this.invites.find({
      where: { organisationId, createdByUserId: userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: limit,
    });
    return rows.map((row) => this.toInvite(row));
  }

  async listForOrganisation(organisationId: string, limit: number): Promise<Invite[]> {
    const rows = await this.invites.find({ where: { organisationId }, order: { createdAt: 'DESC', id: 'DESC' }, take: limit });
    return rows.map((row) => this.toInvite(row));
  }

  async listForSession(sessionId: string): Promise<Invite[]> {
    const rows = await this.invites.find({ where: { sessionId }, order: { createdAt: 'DESC', id: 'DESC' } });
    return rows.map((row) => this.toInvite(row));
  }

  async renewLink(id: string, change: { tokenHash: string; linkToken: string; expiresAt: Date; sentAt: Date }): Promise<Invite | null> {
    const result = await this.invites
      .createQueryBuilder()
      .update()
      .set({
        tokenHash: change.tokenHash,
        linkTokenEncrypted: this.cipher.encrypt(change.linkToken, COLUMNS.linkToken),
        expiresAt: change.expiresAt,
        lastSentAt: change.sentAt,
        sendCount: () => 'send_count + 1',
      })
      .where('id = :id AND revoked_at IS NULL', { id })
      .execute();
    return result.affected ? this.findById(id) : null;
  }

  async extendExpiry(id: string, expiresAt: Date): Promise<void> {
    await this.invites.update({ id }, { expiresAt });
  }

  async recordNotification(id: string, notificationId: string): Promise<void> {
    await this.invites.update({ id }, { lastNotificationId: notificationId });
  }

  async markRevoked(id: string, at: Date): Promise<void> {
    await this.invites
      .createQueryBuilder()
      .update()
      .set({ revokedAt: at })
      .where('id = :id AND revoked_at IS NULL', { id })
      .execute();
  }

  async recordTermsAccepted(id: string, version: string, at: Date): Promise<void> {
    await this.invites.update({ id }, { termsAcceptedAt: at, termsVersion: version });
  }

  private toEntity(invite: Invite): InviteEntity {
    const { invitee } = invite;
    return this.invites.create({
      id: invite.id,
      organisationId: invite.organisationId,
      createdByUserId: invite.createdByUserId,
      sessionId: invite.sessionId,
      kind: invite.kind,
      firstNameEncrypted: this.cipher.encryptNullable(invitee.firstName, COLUMNS.firstName),
      lastNameEncrypted: this.cipher.encryptNullable(invitee.lastName, COLUMNS.lastName),
      language: invitee.language,
      channel: invitee.channel,
      emailEncrypted: this.cipher.encryptNullable(invitee.email, COLUMNS.email),
      phoneEncrypted: this.cipher.encryptNullable(invitee.phone, COLUMNS.phone),
      requesterDisplayName: invite.requesterDisplayName,
      organisationName: invite.organisationName,
      tokenHash: invite.tokenHash,
      linkTokenEncrypted: this.cipher.encryptNullable(invite.linkToken, COLUMNS.linkToken),
      planned: invite.planned,
      lastNotificationId: invite.lastNotificationId,
      expiresAt: invite.expiresAt,
      revokedAt: invite.revokedAt,
      termsAcceptedAt: invite.termsAcceptedAt,
      termsVersion: invite.termsVersion,
      lastSentAt: invite.lastSentAt,
      sendCount: invite.sendCount,
      createdAt: invite.createdAt,
    });
  }

  private toInvite(row: InviteEntity): Invite {
    return {
      id: row.id,
      organisationId: row.organisationId,
      createdByUserId: row.createdByUserId,
      sessionId: row.sessionId,
      kind: row.kind,
      invitee: {
        firstName: this.cipher.decryptNullable(row.firstNameEncrypted, COLUMNS.firstName),
        lastName: this.cipher.decryptNullable(row.lastNameEncrypted, COLUMNS.lastName),
        language: row.language,
        channel: row.channel,
        email: this.cipher.decryptNullable(row.emailEncrypted, COLUMNS.email),
        phone: this.cipher.decryptNullable(row.phoneEncrypted, COLUMNS.phone),
      },
      requesterDisplayName: row.requesterDisplayName,
      organisationName: row.organisationName,
      tokenHash: row.tokenHash,
      linkToken: this.cipher.decryptNullable(row.linkTokenEncrypted, COLUMNS.linkToken),
      planned: row.planned,
      lastNotificationId: row.lastNotificationId,
      expiresAt: row.expiresAt,
      revokedAt: row.revokedAt,
      termsAcceptedAt: row.termsAcceptedAt,
      termsVersion: row.termsVersion,
      lastSentAt: row.lastSentAt,
      sendCount: row.sendCount,
      createdAt: row.createdAt,
    };
  }
}
