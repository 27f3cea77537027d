import { DEMO_ACCOUNTS, DEMO_PASSWORD, screenshot, signInThroughForm, solidPng, testStack, useBrowser } from '@passerelle/testing';
import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';

const { gatewayUrl } = testStack();
const browser = useBrowser();

describe('teleconsultation, requester portal and guest page together', () => {
  it('invites, rings, starts, chats with an image, closes and downloads the report', async () => {
    // A number of our own, so this test finds its message in the shared outbox.
    const phoneDigits = `77${randomInt(1_000_000, 9_999_999)}`;
    const phone = `+221${phoneDigits}`;
    const portalContext = await browser.newContext({ viewport: { width: 1100, height: 800 }, acceptDownloads: true });
    const guestContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'en-GB' });
    try {
      const portal = await portalContext.newPage();
      await signInThroughForm(portal, `${gatewayUrl}/portal/`, DEMO_ACCOUNTS.requester, DEMO_PASSWORD);
      await portal.getByTestId('waiting-room').waitFor();

      // New invite: a remote patient, in French, by SMS.
      await portal.getByTestId('nav-new-invite').click();
      await portal.getByTestId('invite-first-name').fill('Awa');
      await portal.getByTestId('invite-last-name').fill('Ndiaye');
      await portal.getByTestId('invite-language').selectOption('fr');
      await portal.getByTestId('invite-channel-sms').check();
      await portal.getByTestId('invite-phone').fill(phone);
      await screenshot(portal, 'issue3-portal-new-invite');
      await portal.getByTestId('invite-send').click();
      const sent = portal.getByTestId('invite-sent');
      await sent.waitFor();
      const sessionId = await sent.getAttribute('data-session-id');
      expect(sessionId).toBeTruthy();

      // The development outbox holds the SMS, with the link as the invitee receives it.
      await portal.getByTestId('nav-dev-outbox').click();
      const message = portal.getByTestId('outbox-message').filter({ has: portal.getByTestId('outbox-to').filter({ hasText: phoneDigits }) });
      await message.first().waitFor();
      await screenshot(portal, 'issue3-portal-dev-outbox');
      const link = await message.first().getByTestId('outbox-link').first().getAttribute('href');
      expect(link).toMatch(/\/join\/[A-Za-z0-9_-]{43}$/);

      // The guest opens the link on a phone: the page speaks French, terms first, then the waiting room.
      const guest = await guestContext.newPage();
      await guest.goto(link!);
      await guest.getByTestId('join-welcome').waitFor();
      await guest.locator('html[lang="fr"]').waitFor({ state: 'attached' });
      expect(await guest.getByTestId('join-inviter').textContent()).toContain('Demo District Hospital');
      await screenshot(guest, 'issue3-guest-welcome');
      await guest.getByTestId('join-accept-terms').check();
      await guest.getByTestId('join-submit').click();
      await guest.getByTestId('guest-waiting').waitFor();
      await guest.locator('[data-testid="guest-connection"][data-connected="true"]').waitFor();
      await screenshot(guest, 'issue3-guest-waiting');

      // Every page of the portal shows it; the waiting room lists the guest.
      await portal.getByTestId('nav-waiting-badge').waitFor();
      await portal.getByTestId('nav-home').click();
      const waitingGuest = portal.locator(`[data-testid="waiting-guest"][data-session-id="${sessionId}"]`);
      await waitingGuest.waitFor();
      await screenshot(portal, 'issue3-portal-waiting-room');
      await waitingGuest.getByTestId('waiting-start').click();
      await portal.locator('[data-testid="session-page"][data-status="active"]').waitFor();
      await guest.locator('[data-testid="guest-session"][data-status="active"]').waitFor();

      // Messages both ways, and a photo from the guest.
      await guest.getByTestId('chat-input').fill('Bonjour, j’ai mal au genou depuis hier.');
      await guest.getByTestId('chat-send').click();
      await portal.getByTestId('chat-message-text').filter({ hasText: 'mal au genou' }).waitFor();
      await portal.getByTestId('chat-input').fill('Bonjour Awa, pouvez-vous envoyer une photo du genou ?');
      await portal.getByTestId('chat-send').click();
      await guest.getByTestId('chat-message-text').filter({ hasText: 'une photo du genou' }).waitFor();
      await guest.getByTestId('chat-file-input').setInputFiles({ name: 'genou.png', mimeType: 'image/png', buffer: solidPng(96, 96) });
      await portal.getByTestId('chat-image').waitFor();
      await guest.getByTestId('chat-image').waitFor();
      expect(await portal.locator('[data-testid="chat-message"][data-own="true"]').count()).toBeGreaterThanOrEqual(1);
      await screenshot(portal, 'issue3-portal-session');
      await screenshot(guest, 'issue3-guest-chat');

      // Close: the guest sees the end, the requester the read-only session and the report.
      await portal.getByTestId('end-session').click();
      await portal.getByTestId('end-dialog').waitFor();
      await screenshot(portal, 'issue3-portal-end-dialog');
      await portal.getByTestId('end-close').click();
      await portal.locator('[data-testid="session-page"][data-status="closed"]').waitFor();
      const [report] = await Promise.all([portal.waitForEvent('download'), portal.getByTestId('session-report').click()]);
      const pdf = await readFile((await report.path())!);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await guest.getByTestId('guest-ended').waitFor();
      await screenshot(portal, 'issue3-portal-session-closed');
      await screenshot(guest, 'issue3-guest-ended');
    } finally {
      await portalContext.close();
      await guestContext.close();
    }
  });
});
