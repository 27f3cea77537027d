// Planned invites: reschedule, cancel, reminders and the join window, with strict fakes of scheduling,
// chat and notifications.
import { ErrorCode, StaffActor, joinBodySchema, planScheduleBodySchema } from '@passerelle/contracts';
import { refusalOf } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import type { Invite } from '../domain/invite';
import { hashLinkToken, newLinkToken } from '../domain/link-token';
import { anInvite } from '../testing/invite-fixture';
import { InMemoryInviteStore, StrictRpc } from '../testing/strict-fakes';
import { CancelInviteUseCase } from './cancel-invite/cancel-invite.usecase';
import { RedeemInviteUseCase } from './redeem-invite/redeem-invite.usecase';
import { RemindInviteUseCase } from './remind-invite/remind-invite.usecase';
import { RescheduleInviteUseCase } from './reschedule-invite/reschedule-invite.usecase';
import { InviteSender } from './shared/invite-sender';

const ORIGIN = 'https://passerelle.example.org';
const organisationId = randomUUID();
const requester: StaffActor = { kind: 'staff', userId: randomUUID(), organisationId, roles: ['requester'] };
const token = newLinkToken();

/** The requester's planned invite to Farid by e-mail, whose link is `token`. */
function plannedInvite(overrides: Partial<Invite> = {}): Invite {
  return anInvite({
    organisationId,
    createdByUserId: requester.userId,
    invitee: { firstName: 'Farid', lastName: 'Ahmadi', language: 'fr', channel: 'email', email: 'farid@example.org', phone: null },
    tokenHash: hashLinkToken(token),
    linkToken: token,
    planned: true,
    ...overrides,
  });
}

const slot = (inviteId: string, over: Record<string, unknown> = {}) => ({
  inviteId,
  startsAt: '2030-01-16T10:30:00.000Z',
  timeZone: 'Asia/Kabul',
  durationMinutes: 30,
  status: 'rescheduled',
  version: 2,
  opensAt: '2030-01-16T10:15:00.000Z',
  closesAt: '2030-01-16T11:30:00.000Z',
  ...over,
});

function world(responders: ConstructorParameters<typeof StrictRpc>[0]) {
  const store = new InMemoryInviteStore();
  const rpc = new StrictRpc({ 'notifications.message.send.v1': () => ({ notificationId: randomUUID(), status: 'queued' }), ...responders });
  const sender = new InviteSender(rpc.asClient(), store, { PUBLIC_ORIGIN: ORIGIN });
  return {
    store,
    rpc,
    reschedule: new RescheduleInviteUseCase(store, rpc.asClient(), sender, { PUBLIC_ORIGIN: ORIGIN }),
    cancel: new CancelInviteUseCase(store, rpc.asClient(), sender, { PUBLIC_ORIGIN: ORIGIN }),
    remind: new RemindInviteUseCase(store, sender),
    redeem: new RedeemInviteUseCase(store, rpc.asClient()),
  };
}

const sentMessage = (rpc: StrictRpc) =>
  rpc.calls.find((call) => call.subject === 'notifications.message.send.v1')!.payload as {
    idempotencyKey: string;
    template: string;
    variables: Record<string, string>;
    attachments?: { filename: string; contentType: string }[];
  };
const schedule = planScheduleBodySchema.parse({ startsAt: '2030-01-16T15:00', timeZone: 'Asia/Kabul' });

describe('rescheduling a planned invite', () => {
  it('moves the slot and tells the invitee the new time with the same link and the updated calendar file', async () => {
    const { store, rpc, reschedule } = world({
      'scheduling.slot.reschedule.v1': ({ inviteId }: { inviteId: string }) => ({ slot: slot(inviteId), ics: 'BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\n' }),
    });
    const invite = plannedInvite();
    await store.insert(invite);

    await reschedule.execute({ actor: requester, inviteId: invite.id, schedule });

    expect(rpc.calls[0]).toMatchObject({
      subject: 'scheduling.slot.reschedule.v1',
      payload: { inviteId: invite.id, schedule, calendar: { url: `${ORIGIN}/join/${token}` } },
    });
    expect(sentMessage(rpc)).toMatchObject({
      idempotencyKey: `invite:${invite.id}:rescheduled:2`,
      template: 'session-rescheduled',
      variables: { link: `${ORIGIN}/join/${token}`, startsAt: '2030-01-16T10:30:00.000Z', timeZone: 'Asia/Kabul' },
      attachments: [{ filename: 'invite.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
    });
    // The link must last until the new window closes.
    expect(store.invites.get(invite.id)!.expiresAt.toISOString()).toBe('2030-01-16T11:30:00.000Z');
  });

  it('refuses an instant invite and a withdrawn one, without asking scheduling', async () => {
    const { store, rpc, reschedule } = world({});
    const instant = plannedInvite({ planned: false });
    const revoked = plannedInvite({ revokedAt: new Date() });
    await store.insert(instant);
    await store.insert({ ...revoked, tokenHash: hashLinkToken(newLinkToken()) });
    expect((await refusalOf(reschedule.execute({ actor: requester, inviteId: instant.id, schedule }))).issues).toEqual([
      { path: 'inviteId', problem: 'not_planned' },
    ]);
    expect((await refusalOf(reschedule.execute({ actor: requester, inviteId: revoked.id, schedule }))).issues).toEqual([
      { path: 'inviteId', problem: 'revoked' },
    ]);
    expect(rpc.calls).toEqual([]);
  });
});

describe('cancelling a planned invite', () => {
  it('revokes the link, removes a joined guest, cancels the slot and tells the invitee without a link', async () => {
    const { store, rpc, cancel } = world({
      'chat.participant.remove-by-invite.v1': () => ({ removed: 0 }),
      'scheduling.slot.cancel.v1': ({ inviteId }: { inviteId: string }) => ({
        slot: slot(inviteId, { status: 'cancelled' }),
        ics: 'BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\n',
      }),
    });
    const invite = plannedInvite();
    await store.insert(invite);

    const view = await cancel.execute({ actor: requester, inviteId: invite.id });

    expect(view.status).toBe('revoked');
    expect(rpc.subjects()).toEqual(['chat.participant.remove-by-invite.v1', 'scheduling.slot.cancel.v1', 'notifications.message.send.v1']);
    const message = sentMessage(rpc);
    expect(message).toMatchObject({ idempotencyKey: `invite:${invite.id}:cancelled`, template: 'session-cancelled' });
    expect(message.variables.link).toBeUndefined();
    expect(message.attachments).toEqual([expect.objectContaining({ contentType: 'text/calendar; charset=utf-8; method=CANCEL' })]);
  });
});

describe('reminding', () => {
  it("sends the reminder with the invitee's current link under scheduling's key", async () => {
    const { store, rpc, remind } = world({});
    const invite = plannedInvite({ invitee: { ...plannedInvite().invitee, channel: 'sms', email: null, phone: '+93701234567' } });
    await store.insert(invite);
    const key = `reminder:${invite.id}:2:10`;

    expect(await remind.execute({ inviteId: invite.id, idempotencyKey: key, startsAt: '2030-01-16T10:30:00.000Z', timeZone: 'Asia/Kabul' })).toEqual({
      sent: true,
    });
    expect(sentMessage(rpc)).toMatchObject({
      idempotencyKey: key,
      template: 'session-reminder',
      variables: { link: `${ORIGIN}/join/${token}`, startsAt: '2030-01-16T10:30:00.000Z', timeZone: 'Asia/Kabul' },
    });
    expect(sentMessage(rpc).attachments).toEqual([]);
  });

  it('sends nothing for a withdrawn or unknown invite', async () => {
    const { store, rpc, remind } = world({});
    const revoked = plannedInvite({ revokedAt: new Date() });
    await store.insert(revoked);
    for (const inviteId of [revoked.id, randomUUID()]) {
      expect(await remind.execute({ inviteId, idempotencyKey: 'k', startsAt: '2030-01-16T10:30:00.000Z', timeZone: 'UTC' })).toEqual({ sent: false });
    }
    expect(rpc.calls).toEqual([]);
  });
});

describe('the join window on redeem', () => {
  it('refuses a planned link too early, naming the problem and when it opens, before touching the session', async () => {
    const { store, rpc, redeem } = world({
      'scheduling.join-window.check.v1': ({ inviteId }: { inviteId: string }) => ({ planned: true, state: 'too_early', slot: slot(inviteId) }),
    });
    const invite = plannedInvite();
    await store.insert(invite);

    const error = await refusalOf(redeem.execute(joinBodySchema.parse({ token, acceptTerms: true })));

    expect(error.code).toBe(ErrorCode.UNPROCESSABLE);
    expect(error.issues).toEqual([{ path: 'token', problem: 'too_early' }]);
    expect(error.retryAt).toBe('2030-01-16T10:15:00.000Z');
    expect(rpc.subjects()).toEqual(['scheduling.join-window.check.v1']);
    expect(store.invites.get(invite.id)!.termsAcceptedAt).toBeNull();
  });
});
