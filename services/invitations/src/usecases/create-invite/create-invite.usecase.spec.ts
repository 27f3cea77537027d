import { DomainError, ErrorCode, StaffActor, createInviteBodySchema } from '@passerelle/contracts';
import { refusalOf } from '@passerelle/testing';
import { randomUUID } from 'node:crypto';
import { hashLinkToken } from '../../domain/link-token';
import { InMemoryInviteStore, StrictRpc } from '../../testing/strict-fakes';
import { InviteSender } from '../shared/invite-sender';
import { CreateInviteUseCase } from './create-invite.usecase';

const organisationId = randomUUID();
const requester: StaffActor = { kind: 'staff', userId: randomUUID(), organisationId, roles: ['requester'] };
const sessionId = randomUUID();

function world(responders: ConstructorParameters<typeof StrictRpc>[0] = defaultResponders()) {
  const store = new InMemoryInviteStore();
  const rpc = new StrictRpc(responders);
  const sender = new InviteSender(rpc.asClient(), store, { PUBLIC_ORIGIN: 'https://passerelle.example.org' });
  const useCase = new CreateInviteUseCase(store, rpc.asClient(), sender, { INVITE_TTL_HOURS: 168, PUBLIC_ORIGIN: 'https://passerelle.example.org' });
  return { store, rpc, useCase };
}

function defaultResponders() {
  return {
    'identity.user.get.v1': ({ userId }: { userId: string }) => ({
      id: userId,
      email: 'requester@demo.test',
      displayName: 'Dr Claire Martin',
      roles: ['requester'],
      organisationId,
      organisation: { id: organisationId, name: 'Demo District Hospital' },
    }),
    'chat.session.create.v1': () => ({ sessionId, ownerParticipantId: randomUUID() }),
    'notifications.message.send.v1': () => ({ notificationId: randomUUID(), status: 'queued' }),
  };
}

const body = (raw: unknown) => createInviteBodySchema.parse(raw);
const remoteFr = body({
  kind: 'remote',
  invitee: { firstName: 'Amina', lastName: 'Benali', language: 'fr', channel: 'email', email: 'amina@example.org' },
});

/** Notifications cannot be reached: sending the message fails as the RPC client reports it. */
const notificationsUnreachable = {
  'notifications.message.send.v1': () => {
    throw new DomainError(ErrorCode.SERVICE_UNAVAILABLE, 'The notifications service is not reachable');
  },
};

/** What scheduling answers for a 30-minute slot at 05:00 UTC (09:30 in Kabul) on that day. */
const kabulSlot = (day: string, closesAt = `${day}T06:00:00.000Z`) => ({
  startsAt: `${day}T05:00:00.000Z`,
  timeZone: 'Asia/Kabul',
  durationMinutes: 30,
  status: 'planned',
  version: 1,
  opensAt: `${day}T04:45:00.000Z`,
  closesAt,
});

describe('CreateInviteUseCase', () => {
  it('creates a session, stores the invite with a hashed link and sends it in the invitee language', async () => {
    const { store, rpc, useCase } = world();

    const view = await useCase.execute({ actor: requester, body: remoteFr });

    expect(rpc.subjects()).toEqual(['identity.user.get.v1', 'chat.session.create.v1', 'notifications.message.send.v1']);
    expect(rpc.calls[1]!.payload).toEqual({ organisationId, ownerUserId: requester.userId, ownerDisplayName: 'Dr Claire Martin' });
    const sent = rpc.calls[2]!.payload as { variables: Record<string, string> } & Record<string, unknown>;
    expect(sent).toMatchObject({
      idempotencyKey: `invite:${view.id}:1`,
      channel: 'email',
      to: 'amina@example.org',
      language: 'fr',
      template: 'session-invite',
      variables: { firstName: 'Amina', requesterName: 'Dr Claire Martin', organisationName: 'Demo District Hospital' },
    });
    const token = /^https:\/\/passerelle\.example\.org\/join\/([A-Za-z0-9_-]{43})$/.exec(sent.variables.link!)?.[1];
    expect(token).toBeDefined();

    const stored = store.invites.get(view.id)!;
    expect(stored.tokenHash).toBe(hashLinkToken(token!));
    // Kept for reminders and reschedules (the store encrypts it at rest, like contact data).
    expect(stored.linkToken).toBe(token);
    expect(view).toMatchObject({ sessionId, kind: 'remote', status: 'sent', sendCount: 1, createdByUserId: requester.userId });
    const ttl = Date.parse(view.expiresAt) - Date.parse(view.createdAt);
    expect(ttl).toBe(168 * 3600_000);
  });

  it('sends the colleague message for an in-person invite, and the patient one for phone-only', async () => {
    const { rpc, useCase } = world();
    await useCase.execute({
      actor: requester,
      body: body({ kind: 'in-person', invitee: { firstName: 'Jon', lastName: 'Doe', language: 'en', channel: 'sms', phone: '+33612345678' } }),
    });
    await useCase.execute({ actor: requester, body: body({ kind: 'phone-only', invitee: { phone: '+33612345678', language: 'ar' } }) });

    const sends = rpc.calls.filter((c) => c.subject === 'notifications.message.send.v1').map((c) => c.payload);
    expect(sends[0]).toMatchObject({ template: 'session-invite-colleague', channel: 'sms', to: '+33612345678' });
    expect(sends[1]).toMatchObject({ template: 'session-invite', channel: 'sms', language: 'ar', variables: { firstName: '' } });
  });

  it.each([[['expert'] as StaffActor['roles']], [[] as StaffActor['roles']]])('refuses roles %j before touching anything', async (roles) => {
    const { store, rpc, useCase } = world({});
    const error = await refusalOf(useCase.execute({ actor: { ...requester, roles }, body: remoteFr }));

    expect(error.code).toBe(ErrorCode.FORBIDDEN);
    expect(rpc.calls).toEqual([]);
    expect(store.invites.size).toBe(0);
  });

  it('lets an administrator invite', async () => {
    const { useCase } = world();
    const view = await useCase.execute({ actor: { ...requester, roles: ['admin'] }, body: remoteFr });
    expect(view.status).toBe('sent');
  });

  it('refuses a number that has the E.164 shape but does not exist, naming the field only', async () => {
    const { rpc, useCase } = world({});
    const error = await refusalOf(
      useCase.execute({ actor: requester, body: body({ kind: 'phone-only', invitee: { phone: '+99912345678' } }) }),
    );

    expect(error.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(error.issues).toEqual([{ path: 'invitee.phone', problem: 'invalid_phone_number' }]);
    expect(rpc.calls).toEqual([]);
  });

  it('leaves no live link when the message could not be queued', async () => {
    const { store, useCase } = world({
      ...defaultResponders(),
      ...notificationsUnreachable,
    });
    const error = await refusalOf(useCase.execute({ actor: requester, body: remoteFr }));

    expect(error.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(store.invites.size).toBe(0);
  });
  it('plans a "plan later" invite with scheduling first, then sends the planned message with the calendar file', async () => {
    // The join window closes long after the slot: the link must last until then.
    const slot = kabulSlot('2026-11-23', '2099-11-23T06:00:00.000Z');
    const { store, rpc, useCase } = world({
      ...defaultResponders(),
      'scheduling.slot.plan.v1': ({ inviteId }: { inviteId: string }) => ({ slot: { ...slot, inviteId }, ics: 'BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n' }),
    });
    const planned = body({
      kind: 'remote',
      invitee: remoteFr.invitee,
      schedule: { startsAt: '2026-11-23T09:30', timeZone: 'Asia/Kabul' },
    });

    const view = await useCase.execute({ actor: requester, body: planned });

    expect(rpc.subjects()).toEqual(['identity.user.get.v1', 'chat.session.create.v1', 'scheduling.slot.plan.v1', 'notifications.message.send.v1']);
    const plan = rpc.calls[2]!.payload as { inviteId: string; schedule: unknown; calendar: { url: string } };
    expect(plan).toMatchObject({ inviteId: view.id, schedule: { startsAt: '2026-11-23T09:30', timeZone: 'Asia/Kabul', durationMinutes: 30 } });
    const sent = rpc.calls[3]!.payload as { template: string; variables: Record<string, string>; attachments: { filename: string; contentType: string }[] };
    expect(sent.template).toBe('session-invite-planned');
    expect(sent.variables).toMatchObject({ startsAt: slot.startsAt, timeZone: 'Asia/Kabul', link: plan.calendar.url });
    expect(sent.attachments).toEqual([expect.objectContaining({ filename: 'invite.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH' })]);
    const stored = store.invites.get(view.id)!;
    expect(stored).toMatchObject({ planned: true, linkToken: plan.calendar.url.split('/').pop() });
    // The link lasts at least until the join window closes.
    expect(stored.expiresAt.toISOString()).toBe('2099-11-23T06:00:00.000Z');
    expect(view).toMatchObject({ planned: true, notificationId: expect.any(String) });
  });
  it('cancels the planned slot (and so its reminders) when the planned message could not be queued', async () => {
    const slot = kabulSlot('2030-11-23');
    const { store, rpc, useCase } = world({
      ...defaultResponders(),
      'scheduling.slot.plan.v1': ({ inviteId }: { inviteId: string }) => ({ slot: { ...slot, inviteId }, ics: 'BEGIN:VCALENDAR\r\n' }),
      'scheduling.slot.cancel.v1': ({ inviteId }: { inviteId: string }) => ({ slot: { ...slot, inviteId, status: 'cancelled' }, ics: 'BEGIN:VCALENDAR\r\n' }),
      ...notificationsUnreachable,
    });
    const planned = body({ kind: 'remote', invitee: remoteFr.invitee, schedule: { startsAt: '2030-11-23T09:30', timeZone: 'Asia/Kabul' } });

    expect((await refusalOf(useCase.execute({ actor: requester, body: planned }))).code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(store.invites.size).toBe(0);
    const planId = (rpc.calls.find((call) => call.subject === 'scheduling.slot.plan.v1')!.payload as { inviteId: string }).inviteId;
    expect(rpc.calls.at(-1)).toMatchObject({ subject: 'scheduling.slot.cancel.v1', payload: { inviteId: planId } });
  });
});
