import { Actor, DomainError, GuestActor, StaffActor } from '@passerelle/contracts';
import { ParticipantFacts, SessionFacts, accessToSession, assertManager, assertStaff, participantOf } from './session-policy';

const ORG = '11111111-1111-4111-8111-111111111111';
const OTHER_ORG = '22222222-2222-4222-8222-222222222222';
const OWNER = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa';
const COLLEAGUE = 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb';
const STRANGER = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';
const SESSION = 'dddddddd-dddd-4ddd-8ddd-dddddddddddd';
const OTHER_SESSION = 'eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee';
const INVITE = 'ffffffff-ffff-4fff-8fff-ffffffffffff';
const OTHER_INVITE = '99999999-9999-4999-8999-999999999999';
const P_OWNER = '10000000-0000-4000-8000-000000000001';
const P_GUEST = '10000000-0000-4000-8000-000000000002';
const P_COLLEAGUE = '10000000-0000-4000-8000-000000000003';

const session: SessionFacts = { id: SESSION, organisationId: ORG, ownerUserId: OWNER, status: 'active' };
const owner: ParticipantFacts = { id: P_OWNER, kind: 'staff', userId: OWNER, inviteId: null, removedAt: null };
const guest: ParticipantFacts = { id: P_GUEST, kind: 'guest', userId: null, inviteId: INVITE, removedAt: null };
const colleague: ParticipantFacts = { id: P_COLLEAGUE, kind: 'staff', userId: COLLEAGUE, inviteId: null, removedAt: null };
const participants = [owner, guest, colleague];

const staff = (userId: string, roles: StaffActor['roles'] = ['requester'], organisationId = ORG): StaffActor => ({
  kind: 'staff',
  userId,
  organisationId,
  roles,
});
const guestActor = (overrides: Partial<GuestActor> = {}): GuestActor => ({
  kind: 'guest',
  participantId: P_GUEST,
  sessionId: SESSION,
  inviteId: INVITE,
  ...overrides,
});

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  return 'allowed';
}

describe('session access policy', () => {
  it('lets the owner read, write as their participant and manage', () => {
    const access = accessToSession(staff(OWNER), session, participants);
    expect(access).toEqual({ kind: 'staff', participantId: P_OWNER, manager: true });
  });

  it('lets an admin of the organisation read and manage, but not write without being a participant', () => {
    const access = accessToSession(staff(STRANGER, ['admin']), session, participants);
    expect(access).toEqual({ kind: 'staff', participantId: null, manager: true });
    expect(codeOf(() => participantOf(access))).toBe('FORBIDDEN');
  });

  it('lets a staff participant read and write, not manage', () => {
    const access = accessToSession(staff(COLLEAGUE, ['expert']), session, participants);
    expect(participantOf(access)).toBe(P_COLLEAGUE);
    expect(codeOf(() => assertManager(access))).toBe('FORBIDDEN');
  });

  it.each<[string, Actor]>([
    ['another requester of the organisation', staff(STRANGER)],
    ['an admin of another organisation', staff(STRANGER, ['admin'], OTHER_ORG)],
    ['the owner presenting another organisation', staff(OWNER, ['requester'], OTHER_ORG)],
    ['a guest of another session', guestActor({ sessionId: OTHER_SESSION })],
    ['a guest claiming another participant', guestActor({ participantId: P_OWNER })],
    ['a guest whose token names another invite', guestActor({ inviteId: OTHER_INVITE })],
  ])('refuses %s', (_who, actor) => {
    expect(codeOf(() => accessToSession(actor, session, participants))).toBe('FORBIDDEN');
  });

  it('lets a guest into its own session only, never for staff things', () => {
    const access = accessToSession(guestActor(), session, participants);
    expect(access).toEqual({ kind: 'guest', participantId: P_GUEST, manager: false });
    expect(codeOf(() => assertStaff(access))).toBe('FORBIDDEN');
    expect(codeOf(() => assertManager(access))).toBe('FORBIDDEN');
  });

  it('shuts a guest out as soon as its invite is revoked', () => {
    const removed = [owner, { ...guest, removedAt: new Date() }];
    expect(codeOf(() => accessToSession(guestActor(), session, removed))).toBe('FORBIDDEN');
  });

  it('does not count a removed staff participant', () => {
    const removed = [owner, { ...colleague, removedAt: new Date() }];
    expect(codeOf(() => accessToSession(staff(COLLEAGUE), session, removed))).toBe('FORBIDDEN');
  });

  it('keeps a closed session readable by its staff', () => {
    const closed = { ...session, status: 'closed' as const };
    expect(codeOf(() => assertStaff(accessToSession(staff(OWNER), closed, participants)))).toBe('allowed');
  });
});
