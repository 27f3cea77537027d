import { StaffActor } from '@passerelle/contracts';
import { randomUUID } from 'node:crypto';
import { guestMaySee, mayInvite, staffMaySee } from './invite-access';

const organisationId = randomUUID();
const staff = (roles: StaffActor['roles'], org = organisationId): StaffActor => ({
  kind: 'staff',
  userId: randomUUID(),
  organisationId: org,
  roles,
});

describe('who may manage invites', () => {
  it('lets requesters and administrators invite, not experts', () => {
    expect(mayInvite(staff(['requester']))).toBe(true);
    expect(mayInvite(staff(['admin']))).toBe(true);
    expect(mayInvite(staff(['expert']))).toBe(false);
    expect(mayInvite(staff([]))).toBe(false);
  });

  it('shows an invite to its author and to administrators of its organisation only', () => {
    const author = staff(['requester']);
    const invite = { organisationId, createdByUserId: author.userId };

    expect(staffMaySee(author, invite)).toBe(true);
    expect(staffMaySee(staff(['requester']), invite)).toBe(false);
    expect(staffMaySee(staff(['admin', 'requester']), invite)).toBe(true);
    expect(staffMaySee(staff(['admin'], randomUUID()), invite)).toBe(false);
    expect(staffMaySee({ ...author, organisationId: randomUUID() }, invite)).toBe(false);
  });

  it('shows a guest its own invite only', () => {
    const guest = { kind: 'guest' as const, participantId: randomUUID(), sessionId: randomUUID(), inviteId: randomUUID() };
    expect(guestMaySee(guest, { id: guest.inviteId, sessionId: guest.sessionId })).toBe(true);
    expect(guestMaySee(guest, { id: randomUUID(), sessionId: guest.sessionId })).toBe(false);
    expect(guestMaySee(guest, { id: guest.inviteId, sessionId: randomUUID() })).toBe(false);
  });
});
