import { ApiClient, DEMO_ACCOUNTS, DEMO_PASSWORD, joinTokenIn, outboxMessageTo, screenshot, signInThroughForm, testStack, useBrowser } from '@passerelle/testing';
import { randomInt } from 'node:crypto';

const { gatewayUrl } = testStack();
const browser = useBrowser();

describe('a planned session in the requester portal', () => {
  it('plans for an invitee in Kabul from Paris, lists it at the Paris time, and sends the Kabul time with an ICS file', async () => {
    const email = `kabul-${randomInt(1_000_000_000)}@example.org`;
    // The requester works in Paris; the invitee lives in Kabul.
    const portalContext = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Paris' });
    const guestContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'en-GB', timezoneId: 'Asia/Kabul' });
    try {
      const portal = await portalContext.newPage();
      await signInThroughForm(portal, `${gatewayUrl}/portal/`, DEMO_ACCOUNTS.requester, DEMO_PASSWORD);
      await portal.getByTestId('waiting-room').waitFor();

      await portal.getByTestId('nav-new-invite').click();
      await portal.getByTestId('invite-first-name').fill('Farid');
      await portal.getByTestId('invite-last-name').fill('Ahmadi');
      await portal.getByTestId('invite-language').selectOption('en');
      await portal.getByTestId('invite-channel-email').check();
      await portal.getByTestId('invite-email').fill(email);
      await portal.getByTestId('plan-later-toggle').check();
      // The invitee's zone defaults to the requester's own.
      expect(await portal.getByTestId('plan-time-zone').inputValue()).toBe('Europe/Paris');
      await portal.getByTestId('plan-date').fill('2030-01-15');
      await portal.getByTestId('plan-time').fill('13:30');
      await portal.getByTestId('plan-time-zone').selectOption('Asia/Kabul');
      await screenshot(portal, 'issue5-portal-plan-later');
      await portal.getByTestId('invite-send').click();
      await portal.getByTestId('invite-sent').waitFor();
      expect(await portal.getByTestId('invite-sent-when').textContent()).toContain('2030-01-15 13:30 (Asia/Kabul)');

      // The list shows the slot in the requester's zone: 13:30 in Kabul is 10:00 in Paris.
      await portal.getByTestId('nav-invites').click();
      await portal.getByTestId('invites-filter').selectOption('planned');
      const row = portal.getByTestId('invite-row').filter({ hasText: email });
      await row.waitFor();
      const slot = row.getByTestId('invite-slot');
      expect(await slot.getAttribute('data-starts-at')).toBe('2030-01-15T09:00:00.000Z');
      expect(await slot.textContent()).toContain('15/01/2030, 10:00 GMT+1');
      expect(await slot.textContent()).toContain('13:30 GMT+4:30');
      await row.getByTestId('invite-reschedule').waitFor();
      await screenshot(portal, 'issue5-portal-planned-list');

      // The outbox message: the Kabul time, the link, and the calendar file.
      await portal.getByTestId('nav-dev-outbox').click();
      const message = portal.getByTestId('outbox-message').filter({ has: portal.getByTestId('outbox-to').filter({ hasText: email }) });
      await message.first().waitFor();
      const text = await message.first().textContent();
      expect(text).toContain('13:30');
      expect(text).toContain('(Asia/Kabul)');
      const attachment = message.first().getByTestId('outbox-attachment');
      expect(await attachment.getAttribute('data-filename')).toBe('invite.ics');
      await attachment.locator('summary').click();
      const ics = await attachment.getByTestId('outbox-attachment-content').textContent();
      expect(ics).toContain('BEGIN:VCALENDAR');
      expect(ics).toContain('DTSTART:20300115T090000Z');
      await screenshot(portal, 'issue5-portal-outbox-ics');
      const link = await message.first().getByTestId('outbox-link').first().getAttribute('href');
      expect(link).toMatch(/\/join\/[A-Za-z0-9_-]{43}$/);

      // Too early for the link: the guest page says when to come back, in the invitee's zone (13:15 in Kabul).
      const guest = await guestContext.newPage();
      await guest.goto(link!);
      const notice = guest.locator('[data-testid="join-window"][data-state="too_early"]');
      await notice.waitFor();
      expect(await guest.getByTestId('join-window-opens').textContent()).toContain('13:15');
      await screenshot(guest, 'issue5-guest-too-early');

      // Reschedule from the list: the dialog starts from the invitee's current local time and zone.
      await portal.getByTestId('nav-invites').click();
      await portal.getByTestId('invites-filter').selectOption('planned');
      const planned = portal.getByTestId('invite-row').filter({ hasText: email });
      await planned.getByTestId('invite-reschedule').click();
      expect(await portal.getByTestId('plan-time').inputValue()).toBe('13:30');
      expect(await portal.getByTestId('plan-time-zone').inputValue()).toBe('Asia/Kabul');
      await portal.getByTestId('plan-date').fill('2030-01-16');
      await portal.getByTestId('plan-time').fill('15:00');
      await portal.getByTestId('reschedule-confirm').click();
      await portal.getByTestId('invites-notice').waitFor();
      // 15:00 in Kabul is 11:30 in Paris.
      await planned.locator('[data-testid="invite-slot"][data-starts-at="2030-01-16T10:30:00.000Z"]').waitFor();
      expect(await planned.getByTestId('invite-slot').textContent()).toContain('16/01/2030, 11:30 GMT+1');
      await screenshot(portal, 'issue5-portal-rescheduled');
    } finally {
      await portalContext.close();
      await guestContext.close();
    }
  });
  it("shows today's planned sessions on the dashboard, with the invitee already waiting", async () => {
    // A fixed-offset zone where it is about noon now, so "now + 5 minutes" is today whenever the test runs.
    const offset = 12 - new Date().getUTCHours();
    const zone = offset === 0 ? 'Etc/GMT' : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
    const phone = `+22177${randomInt(1_000_000, 9_999_999)}`;
    const requester = new ApiClient(gatewayUrl);
    await requester.login(DEMO_ACCOUNTS.requester);
    // Five minutes from now: inside the join window (which opens 15 minutes before).
    const soon = new Date(Date.now() + 5 * 60_000);
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: zone, dateStyle: 'short', timeStyle: 'short' }).format(soon).replace(' ', 'T');
    const created = await requester.post('/api/v1/invites', {
      kind: 'remote',
      invitee: { firstName: 'Nadia', lastName: 'Karimi', language: 'en', channel: 'sms', phone },
      schedule: { startsAt: local, timeZone: zone },
    });
    expect(created.status).toBe(201);
    const token = joinTokenIn(await outboxMessageTo(gatewayUrl, phone));
    const link = `${gatewayUrl}/join/${token}`;

    const portalContext = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'en-GB', timezoneId: zone });
    const guestContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, locale: 'en-GB', timezoneId: zone });
    try {
      const portal = await portalContext.newPage();
      await signInThroughForm(portal, `${gatewayUrl}/portal/`, DEMO_ACCOUNTS.requester, DEMO_PASSWORD);
      const today = portal.getByTestId('today-planned-item').filter({ hasText: 'Nadia Karimi' });
      await today.waitFor();
      expect(await today.getAttribute('data-waiting')).toBe('false');

      const guest = await guestContext.newPage();
      await guest.goto(link);
      await guest.getByTestId('join-welcome').waitFor();
      await guest.getByTestId('join-accept-terms').check();
      await guest.getByTestId('join-submit').click();
      await guest.getByTestId('guest-waiting').waitFor();

      await portal.locator('[data-testid="today-planned-item"][data-waiting="true"]').filter({ hasText: 'Nadia Karimi' }).waitFor();
      await screenshot(portal, 'issue5-portal-today-planned');
    } finally {
      await portalContext.close();
      await guestContext.close();
    }
  });
});
