/**
 * Reminders on a stack of their own, configured with a one-minute offset (no day-before reminder), so due
 * times come within seconds: sent once near the due time (the lateness is printed, not asserted as a
 * wall-clock race), not sent after a cancel, moved by a reschedule, and still sent exactly once when the
 * scheduling and notifications processes are killed and restarted between planning and the due time.
 */
import { ApiClient, DEMO_ACCOUNTS, OutboxItem, TestStack, eventually, joinTokenIn, outboxMessagesTo, startTestStack, watchSubject } from '@passerelle/testing';
import { invitationsInviteRemind } from '@passerelle/contracts';
import { randomInt } from 'node:crypto';
import { join, resolve } from 'node:path';


const repoRoot = resolve(__dirname, '../../..');
const OFFSET_MS = 60_000;
/** A reminder comes due a minute after planning; a kill and restart adds a stack boot. */
const TEST_TIMEOUT_MS = 240_000;
let stack: TestStack;
let requester: ApiClient;

beforeAll(async () => {
  stack = await startTestStack(
    repoRoot,
    { REMINDER_OFFSETS_MINUTES: '1', REMINDER_DAY_BEFORE: 'false' },
    { logDir: join(repoRoot, 'test-output', 'logs-reminders') },
  );
  requester = new ApiClient(stack.gatewayUrl);
  await requester.login(DEMO_ACCOUNTS.requester);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

/** A UTC wall-clock time with seconds, as the new-invite form would send it for an invitee in UTC. */
const utcLocal = (ms: number) => new Date(ms).toISOString().slice(0, 19);
/** Slots are typed to the second: due times are computed from the same whole second. */
const wholeSecond = (ms: number) => Math.floor(ms / 1000) * 1000;

async function plan(startsAtMs: number): Promise<{ id: string; to: string }> {
  const to = `reminded-${randomInt(1_000_000_000)}@example.org`;
  const created = await requester.post<{ id: string }>('/api/v1/invites', {
    kind: 'remote',
    invitee: { firstName: 'Lina', lastName: 'Haddad', language: 'en', channel: 'email', email: to },
    schedule: { startsAt: utcLocal(startsAtMs), timeZone: 'UTC' },
  });
  if (created.status !== 201) throw new Error(`planning answered ${created.status}`);
  await messages(to, 1);
  return { id: created.body.id, to };
}

/** The recipient's messages once there are at least `count` (oldest first). */
function messages(to: string, count: number, timeoutMs = 30_000): Promise<OutboxItem[]> {
  return eventually(
    async () => {
      const found = await outboxMessagesTo(stack.gatewayUrl, to);
      return found.length >= count ? found : undefined;
    },
    `${count} message(s) to ${to}`,
    timeoutMs,
  );
}

const reminders = (items: OutboxItem[]) => items.filter((item) => item.subject?.startsWith('Reminder:'));

function reportLateness(what: string, reminder: OutboxItem, dueMs: number): void {
  // Measured, not asserted: a loaded machine may be late by seconds; being early would be a bug (asserted below).
  console.log(`${what}: reminder stored ${Date.parse(reminder.createdAt) - dueMs} ms after its due time`);
}

describe('reminders', () => {
  let survivor: { id: string; to: string; dueMs: number };

  it('survives scheduling and notifications being killed between planning and the due time, and is sent once', async () => {
    const startsAt = wholeSecond(Date.now() + OFFSET_MS + 20_000);
    const invite = await plan(startsAt);
    survivor = { ...invite, dueMs: startsAt - OFFSET_MS };
    const remindRequests = await watchSubject<unknown>(stack.natsUrl, invitationsInviteRemind.subject);
    try {
      await stack.services.kill('scheduling');
      await stack.services.kill('notifications');
      await stack.services.start('scheduling');
      // The due time has come while notifications is down: scheduling asks invitations, which cannot send yet.
      await remindRequests.next((payload) => JSON.stringify(payload).includes(invite.id), 90_000);
    } finally {
      await remindRequests.close();
      await stack.services.start('notifications');
    }
    const [reminder] = reminders(await messages(invite.to, 2, 120_000));
    expect(reminder!.links.map((link) => link.includes('/join/') && !link.endsWith('/join/test'))).toContain(true);
    expect(Date.parse(reminder!.createdAt)).toBeGreaterThanOrEqual(survivor.dueMs);
    reportLateness('after kill and restart', reminder!, survivor.dueMs);
  }, TEST_TIMEOUT_MS);

  it('is sent once at its time, not after a cancel, and at the new time after a reschedule', async () => {
    const base = wholeSecond(Date.now() + OFFSET_MS + 25_000);
    const [control, cancelled, moved] = await Promise.all([plan(base), plan(base - 2_000), plan(base)]);
    const controlDue = base - OFFSET_MS;
    expect((await requester.post(`/api/v1/invites/${cancelled.id}/cancel`, {})).status).toBe(200);
    const movedStart = base + 45_000;
    expect(
      (await requester.post(`/api/v1/invites/${moved.id}/reschedule`, { schedule: { startsAt: utcLocal(movedStart), timeZone: 'UTC' } })).status,
    ).toBe(200);
    const movedToken = joinTokenIn((await messages(moved.to, 2))[1]!);

    const controlMessages = await messages(control.to, 2, 90_000);
    const [controlReminder] = reminders(controlMessages);
    expect(controlReminder).toBeDefined();
    expect(Date.parse(controlReminder!.createdAt)).toBeGreaterThanOrEqual(controlDue);
    expect(controlReminder!.links.some((link) => link.includes(joinTokenIn(controlMessages[0]!)))).toBe(true);
    reportLateness('planned reminder', controlReminder!, controlDue);

    // The control's due time has passed (the cancelled one was due 2 s earlier, the moved one at the same time).
    expect(reminders(await outboxMessagesTo(stack.gatewayUrl, cancelled.to))).toEqual([]);
    expect(reminders(await outboxMessagesTo(stack.gatewayUrl, moved.to))).toEqual([]);

    const movedDue = movedStart - OFFSET_MS;
    const [movedReminder] = reminders(await messages(moved.to, 3, 90_000));
    expect(Date.parse(movedReminder!.createdAt)).toBeGreaterThanOrEqual(movedDue);
    expect(movedReminder!.links.some((link) => link.includes(movedToken))).toBe(true);
    reportLateness('rescheduled reminder', movedReminder!, movedDue);

    // Well after every due time: still one reminder each, none for the cancelled invite.
    expect(reminders(await outboxMessagesTo(stack.gatewayUrl, control.to))).toHaveLength(1);
    expect(reminders(await outboxMessagesTo(stack.gatewayUrl, moved.to))).toHaveLength(1);
    expect(reminders(await outboxMessagesTo(stack.gatewayUrl, cancelled.to))).toEqual([]);
    expect(reminders(await outboxMessagesTo(stack.gatewayUrl, survivor.to))).toHaveLength(1);
  }, TEST_TIMEOUT_MS);
});
