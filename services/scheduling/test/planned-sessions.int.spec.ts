/**
 * Planned sessions through the gateway, on the shared test stack: "plan later" with the invitee's zone,
 * the planned message (local time, join link, device test link, ICS by e-mail), the join window, the
 * invites list (filter and order), reschedule and cancel with what the invitee is told.
 */
import { ApiClient, DEMO_ACCOUNTS, OutboxItem, eventually, joinTokenIn, outboxMessagesTo, testStack } from '@passerelle/testing';
import { randomInt } from 'node:crypto';

const { gatewayUrl } = testStack();

interface InviteListItem {
  id: string;
  planned: boolean;
  status: string;
  schedule: { startsAt: string; timeZone: string; status: string; version: number; opensAt: string; closesAt: string } | null;
}

let requester: ApiClient;

beforeAll(async () => {
  requester = new ApiClient(gatewayUrl);
  await requester.login(DEMO_ACCOUNTS.requester);
});

const email = () => `planned-${randomInt(1_000_000_000)}@example.org`;

function plan(to: string, schedule: { startsAt: string; timeZone: string; durationMinutes?: number }, language = 'fr') {
  return requester.post<{ id: string; planned: boolean }>('/api/v1/invites', {
    kind: 'remote',
    invitee: { firstName: 'Farid', lastName: 'Ahmadi', language, channel: 'email', email: to },
    schedule,
  });
}

/** The n-th message to the recipient (oldest first), once delivered. */
function nthMessage(to: string, n: number): Promise<OutboxItem> {
  return eventually(async () => (await outboxMessagesTo(gatewayUrl, to))[n], `message #${n + 1} to the invitee`);
}

/** The slot as the requester's portal shows it, in THEIR zone (Europe/Paris). */
const inParis = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

describe('a session planned by a requester in Europe/Paris for an invitee in Asia/Kabul', () => {
  const to = email();
  let inviteId: string;
  let token: string;

  it('is stored at the right instant and shown at the right local time in both views and in the message', async () => {
    // 13:30 in Kabul (UTC+4:30) is 09:00 UTC, 10:00 in Paris (winter, UTC+1).
    const created = await plan(to, { startsAt: '2030-01-15T13:30', timeZone: 'Asia/Kabul' });
    expect(created.status).toBe(201);
    expect(created.body.planned).toBe(true);
    inviteId = created.body.id;

    const message = await nthMessage(to, 0);
    expect(message.subject).toContain('13:30');
    expect(message.text).toContain('13:30');
    expect(message.text).toContain('+4:30');
    expect(message.text).toContain('(Asia/Kabul)');
    expect(message.text).toContain('/join/test');
    token = joinTokenIn(message);
    expect(message.attachments).toEqual([
      expect.objectContaining({ filename: 'invite.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }),
    ]);
    const ics = message.attachments![0]!.content;
    expect(ics).toContain('DTSTART:20300115T090000Z\r\n');
    expect(ics).toContain('DTEND:20300115T093000Z\r\n');
    expect(ics).toContain(`UID:invite-${inviteId}@passerelle\r\n`);
    expect(ics.replace(/\r\n /g, '')).toContain(`URL:${gatewayUrl}/join/${token}`);

    const list = await requester.get<{ items: InviteListItem[] }>('/api/v1/invites?filter=planned');
    const item = list.body.items.find((i) => i.id === inviteId)!;
    expect(item.schedule).toMatchObject({ startsAt: '2030-01-15T09:00:00.000Z', timeZone: 'Asia/Kabul', status: 'planned', version: 1 });
    expect(inParis(item.schedule!.startsAt)).toBe('15/01/2030, 10:00');

    const preview = await new ApiClient(gatewayUrl).post<{ schedule: Record<string, string> }>('/api/v1/join/preview', { token });
    expect(preview.status).toBe(200);
    expect(preview.body.schedule).toEqual({
      startsAt: '2030-01-15T09:00:00.000Z',
      timeZone: 'Asia/Kabul',
      opensAt: '2030-01-15T08:45:00.000Z',
      closesAt: '2030-01-15T10:00:00.000Z',
      state: 'too_early',
    });
  });

  it('refuses the link before the join window, saying from when it works', async () => {
    const joined = await new ApiClient(gatewayUrl).post('/api/v1/join', { token, acceptTerms: true });
    expect(joined.status).toBe(422);
    expect(joined.body).toMatchObject({
      code: 'UNPROCESSABLE',
      issues: [{ path: 'token', problem: 'too_early' }],
      retryAt: '2030-01-15T08:45:00.000Z',
    });
  });

  it('moves on reschedule: the invitee gets the new time with the same link and an updated calendar entry', async () => {
    const moved = await requester.post(`/api/v1/invites/${inviteId}/reschedule`, {
      schedule: { startsAt: '2030-01-16T15:00', timeZone: 'Asia/Kabul' },
    });
    expect(moved.status).toBe(200);
    const message = await nthMessage(to, 1);
    expect(message.text).toContain('15:00');
    expect(joinTokenIn(message)).toBe(token);
    const ics = message.attachments![0]!.content;
    expect(ics).toContain('DTSTART:20300116T103000Z\r\n');
    expect(ics).toContain('SEQUENCE:1\r\n');
    expect(ics).toContain(`UID:invite-${inviteId}@passerelle\r\n`);

    const list = await requester.get<{ items: InviteListItem[] }>('/api/v1/invites?filter=planned');
    expect(list.body.items.find((i) => i.id === inviteId)!.schedule).toMatchObject({
      startsAt: '2030-01-16T10:30:00.000Z',
      status: 'rescheduled',
      version: 2,
    });
  });

  it('is refused to an expert (role) and checks the new time', async () => {
    const expert = new ApiClient(gatewayUrl);
    await expert.login(DEMO_ACCOUNTS.expert);
    expect((await expert.post(`/api/v1/invites/${inviteId}/reschedule`, { schedule: { startsAt: '2030-01-16T15:00', timeZone: 'Asia/Kabul' } })).status).toBe(403);
    expect((await expert.post(`/api/v1/invites/${inviteId}/cancel`, {})).status).toBe(403);
    const wrongZone = await requester.post(`/api/v1/invites/${inviteId}/reschedule`, { schedule: { startsAt: '2030-01-16T15:00', timeZone: 'Mars/Olympus' } });
    expect(wrongZone.status).toBe(400);
    expect(wrongZone.body).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'schedule.timeZone', problem: 'unknown_time_zone' }] });
    const past = await requester.post(`/api/v1/invites/${inviteId}/reschedule`, { schedule: { startsAt: '2020-01-16T15:00', timeZone: 'Asia/Kabul' } });
    expect(past.body).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'schedule.startsAt', problem: 'in_the_past' }] });
  });

  it('on cancel, tells the invitee (no link, a calendar cancellation) and the old link stops working', async () => {
    const cancelled = await requester.post<{ status: string }>(`/api/v1/invites/${inviteId}/cancel`, {});
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('revoked');
    const message = await nthMessage(to, 2);
    expect(message.links.filter((link) => link.includes(token))).toEqual([]);
    expect(message.attachments![0]!.content).toContain('METHOD:CANCEL\r\n');
    expect(message.attachments![0]!.content).toContain('STATUS:CANCELLED\r\n');

    const preview = await new ApiClient(gatewayUrl).post('/api/v1/join/preview', { token });
    expect(preview.status).toBe(422);
    expect(preview.body).toMatchObject({ issues: [{ path: 'token', problem: 'revoked' }] });
    const list = await requester.get<{ items: InviteListItem[] }>('/api/v1/invites?filter=closed');
    expect(list.body.items.find((i) => i.id === inviteId)!.schedule!.status).toBe('cancelled');
    expect((await requester.post(`/api/v1/invites/${inviteId}/reschedule`, { schedule: { startsAt: '2030-01-16T15:00', timeZone: 'Asia/Kabul' } })).status).toBe(422);
  });
});

describe('the join window', () => {
  it('lets the invitee in when the slot starts within the window, and lists planned sessions soonest first', async () => {
    const to = email();
    const soon = new Date(Date.now() + 5 * 60_000).toISOString().slice(0, 19);
    const created = await plan(to, { startsAt: soon, timeZone: 'UTC' }, 'en');
    expect(created.status).toBe(201);
    const token = joinTokenIn(await nthMessage(to, 0));

    const preview = await new ApiClient(gatewayUrl).post<{ schedule: { state: string } }>('/api/v1/join/preview', { token });
    expect(preview.body.schedule.state).toBe('open');
    const joined = await new ApiClient(gatewayUrl).post('/api/v1/join', { token, acceptTerms: true });
    expect(joined.status).toBe(200);

    const later = await plan(email(), { startsAt: new Date(Date.now() + 3 * 3600_000).toISOString().slice(0, 16), timeZone: 'UTC' }, 'en');
    const planned = (await requester.get<{ items: InviteListItem[] }>('/api/v1/invites?filter=planned')).body.items;
    const starts = planned.map((item) => item.schedule!.startsAt);
    expect(starts).toEqual([...starts].sort());
    expect(planned.findIndex((i) => i.id === created.body.id)).toBeLessThan(planned.findIndex((i) => i.id === later.body.id));
  });
});
