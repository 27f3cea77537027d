import {
  ApiClient,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  eventually,
  randomNir,
  screenshot,
  signInThroughForm,
  solidPng,
  testStack,
  useBrowser,
} from '@passerelle/testing';
import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';

const { gatewayUrl } = testStack();
const browser = useBrowser();
type Page = Parameters<typeof screenshot>[0];

/** A NIR of our own with its right key, and the same number with a wrong key. */
function freshNir(): { valid: string; wrongKey: string } {
  const valid = randomNir();
  const key = Number(valid.slice(13));
  return { valid, wrongKey: valid.slice(0, 13) + String(key === 97 ? 1 : key + 1).padStart(2, '0') };
}

/** Opens tele-expertise; the first visit shows the terms of use, which are accepted then. */
async function openTeleExpertise(page: Page): Promise<void> {
  await page.getByTestId('nav-expertise').click();
  await page.locator('[data-testid="expertise-dashboard"], [data-testid="expertise-entry"]').first().waitFor();
  if (await page.getByTestId('expertise-entry').isVisible()) {
    await page.getByTestId('expertise-terms-text').waitFor();
    const accept = page.getByTestId('expertise-terms-accept');
    if (await accept.isVisible()) await accept.check();
    await page.getByTestId('expertise-terms-continue').click();
  }
  await page.getByTestId('expertise-dashboard').waitFor();
}

describe('tele-expertise, requester portal and expert console together', () => {
  it('creates an identity, sends a dermatology request with a photo; the expert takes and answers it; the requester reads the answer and its e-mail, transfers it and downloads the PDF', async () => {
    const lastName = `Lefebvre-${randomInt(100_000, 999_999)}`;
    const nir = freshNir();
    const answer = `Probable nummular eczema (${randomInt(1000, 9999)}): emollients twice a day and a mild topical steroid for 10 days.`;
    const portalContext = await browser.newContext({ viewport: { width: 1100, height: 900 }, acceptDownloads: true, locale: 'en-GB' });
    const expertContext = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'en-GB' });
    // The colleague reads on a phone, in Arabic: the page runs right to left.
    const colleagueContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'ar' });
    try {
      // The expert is on their queues before anything is sent: the request must appear there by itself.
      const expert = await expertContext.newPage();
      await signInThroughForm(expert, `${gatewayUrl}/expert/`, DEMO_ACCOUNTS.expert, DEMO_PASSWORD);
      const queue = expert.getByTestId('queue').filter({ hasText: 'Dermatology & infectious diseases' });
      await queue.waitFor();

      const portal = await portalContext.newPage();
      await signInThroughForm(portal, `${gatewayUrl}/portal/`, DEMO_ACCOUNTS.requester, DEMO_PASSWORD);
      await openTeleExpertise(portal);
      await screenshot(portal, 'issue6-portal-expertise-dashboard');

      // Step 1: no such patient yet, so the identity is created; a wrong NIR key is caught before sending.
      await portal.getByTestId('expertise-new').click();
      await portal.getByTestId('patient-search-last-name').fill(lastName);
      await portal.getByTestId('patient-search-mode-exact').check();
      await portal.getByTestId('patient-search-submit').click();
      await portal.getByTestId('patient-search-none').waitFor();
      await portal.getByTestId('patient-create-open').click();
      expect(await portal.getByTestId('patient-last-name').inputValue()).toBe(lastName);
      await portal.getByTestId('patient-first-name').fill('Hélène');
      await portal.getByTestId('patient-birth-date').fill('1984-12-03');
      await portal.getByTestId('patient-sex').selectOption('female');
      await portal.getByTestId('patient-nir').fill(nir.wrongKey);
      await portal.getByTestId('patient-consent').check();
      await portal.getByTestId('patient-create-submit').click();
      await portal.getByTestId('patient-create').getByText('The key does not match the number').waitFor();
      await portal.getByTestId('patient-nir').fill(nir.valid);
      await screenshot(portal, 'issue6-portal-new-identity');
      await portal.getByTestId('patient-create-submit').click();
      const chosen = portal.getByTestId('patient-chosen');
      await chosen.waitFor();
      expect(await chosen.textContent()).toContain(lastName.toUpperCase());
      expect(await chosen.textContent()).toContain(`${nir.valid.slice(9, 13)} ${nir.valid.slice(13)}`);
      expect(await chosen.textContent()).not.toContain(nir.valid.slice(0, 9));
      // The consent just given for the new identity stands for this request too.
      expect(await portal.getByTestId('request-consent-confirm').isChecked()).toBe(true);
      await portal.getByTestId('wizard-next').click();

      // Step 2: the demo service handles dermatology (preselected when it is the only one: other tests may add more).
      await portal.getByTestId('request-type').selectOption({ label: 'Dermatology' });
      const service = portal.getByTestId('destination-service').filter({ hasText: 'Dermatology & infectious diseases' });
      await service.waitFor();
      if ((await portal.getByTestId('destination-service').count()) === 1) await service.locator('input:checked').waitFor();
      else await service.locator('input').check();
      await portal.getByTestId('request-mode-async').check();
      await screenshot(portal, 'issue6-portal-destination');
      await portal.getByTestId('wizard-next').click();

      // Step 3: the form, checked in the browser first (the mandatory fields are named), then filled.
      await portal.getByTestId('expertise-form').waitFor();
      await portal.getByTestId('wizard-save-form').click();
      await portal.getByTestId('form-problems').waitFor();
      expect(await portal.getByTestId('form-field-error').count()).toBe(3);
      await portal.getByTestId('form-field-lesionLocation').fill('Left forearm, 3 cm round patch');
      await portal.getByTestId('form-field-duration').selectOption('1 to 4 weeks');
      await portal.getByTestId('form-field-itching').check();
      await portal.getByTestId('form-field-question').fill('Eczema or psoriasis? What treatment would you start?');
      await screenshot(portal, 'issue6-portal-form');
      await portal.getByTestId('wizard-save-form').click();

      // Step 4: a photo, uploaded with its progress, then sent.
      await portal.getByTestId('document-file-input').setInputFiles({ name: 'forearm.png', mimeType: 'image/png', buffer: solidPng(120, 90) });
      await portal.getByTestId('wizard-document').filter({ hasText: 'forearm.png' }).waitFor();
      await screenshot(portal, 'issue6-portal-documents');
      await portal.getByTestId('wizard-send').click();
      await portal.locator('[data-testid="expertise-request"][data-status="sent"]').waitFor();
      await portal.getByTestId('expertise-sent-note').waitFor();
      const requestId = /\/expertise\/requests\/([0-9a-f-]{36})/.exec(portal.url())?.[1];
      expect(requestId).toBeTruthy();
      await screenshot(portal, 'issue6-portal-request-sent');

      // Back on the dashboard, the requester waits for the answer.
      await portal.getByTestId('nav-expertise').click();
      const row = portal.locator(`[data-testid="expertise-request-row"][data-request-id="${requestId}"]`);
      await row.waitFor();

      // The expert's queue lists it without a reload; the expert reads it and takes it.
      const waiting = expert.locator(`[data-testid="queue-request"][data-request-id="${requestId}"][data-status="sent"]`);
      await waiting.waitFor();
      await waiting.getByTestId('queue-request-age').waitFor();
      await screenshot(expert, 'issue6-expert-queues');
      await waiting.getByTestId('queue-request-open').click();
      const detail = expert.getByTestId('expert-request');
      await detail.getByTestId('expertise-form-view').getByText('Left forearm, 3 cm round patch').waitFor();
      expect(await detail.getByTestId('patient-summary').textContent()).toContain(lastName.toUpperCase());
      await detail.locator('[data-testid="request-document"][data-name="forearm.png"]').getByTestId('chat-image').waitFor();
      await expert.getByTestId('expert-take').click();
      await expert.locator('[data-testid="expert-request"][data-status="taken"]').waitFor();
      await expert.getByTestId('expert-answer-input').fill(answer);
      await expert.getByTestId('expert-answer-send').click();
      await expert.locator('[data-testid="expert-request"][data-status="answered"]').waitFor();
      await screenshot(expert, 'issue6-expert-answered');

      // The requester's dashboard highlights the unread answer; the thread shows it.
      await portal.locator(`[data-testid="expertise-request-row"][data-request-id="${requestId}"][data-unread="true"]`).waitFor();
      await screenshot(portal, 'issue6-portal-dashboard-unread');
      await row.getByTestId('expertise-request-open').click();
      await portal.locator('[data-testid="thread-entry"][data-kind="answer"]').getByText(answer).waitFor();
      await portal.getByTestId('expertise-answered-note').waitFor();
      await screenshot(portal, 'issue6-portal-answer');

      // The e-mail that told the requester, in the development outbox, links to this request.
      await portal.getByTestId('nav-dev-outbox').click();
      const mail = portal
        .getByTestId('outbox-message')
        .filter({ has: portal.getByTestId('outbox-to').filter({ hasText: DEMO_ACCOUNTS.requester }) })
        .filter({ has: portal.locator(`[data-testid="outbox-link"][href$="/portal/expertise/requests/${requestId}"]`) });
      // Sending goes through the notifications queue: refresh the outbox until it is there.
      await eventually(async () => {
        await portal.getByTestId('outbox-refresh').click();
        await portal.locator('[data-testid="outbox-refresh"]:enabled').waitFor();
        return (await mail.count()) > 0 ? true : undefined;
      }, 'the answered e-mail in the outbox', 30_000);
      await screenshot(portal, 'issue6-portal-outbox-answered');

      // Transfer to a colleague, then the PDF for the patient's record.
      await portal.getByTestId('nav-expertise').click();
      await row.getByTestId('expertise-request-open').click();
      await portal.getByTestId('expertise-transfer-open').click();
      await portal.getByTestId('transfer-email').fill(DEMO_ACCOUNTS.colleague);
      await portal.getByTestId('transfer-note').fill('Please follow up while I am away.');
      await screenshot(portal, 'issue6-portal-transfer');
      await portal.getByTestId('transfer-confirm').click();
      await portal.getByTestId('expertise-notice').waitFor();
      await portal.getByTestId('expertise-transfer').first().waitFor();
      const [download] = await Promise.all([portal.waitForEvent('download'), portal.getByTestId('expertise-pdf').click()]);
      const pdf = await readFile((await download.path())!);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      await screenshot(portal, 'issue6-portal-transferred');

      // The colleague now holds it, with the whole thread.
      const colleague = await colleagueContext.newPage();
      await signInThroughForm(colleague, `${gatewayUrl}/portal/`, DEMO_ACCOUNTS.colleague, DEMO_PASSWORD);
      await colleague.locator('html[lang="ar"][dir="rtl"]').waitFor({ state: 'attached' });
      await openTeleExpertise(colleague);
      await colleague.locator(`[data-testid="expertise-request-row"][data-request-id="${requestId}"]`).getByTestId('expertise-request-open').click();
      await colleague.locator('[data-testid="thread-entry"][data-kind="answer"]').getByText(answer).waitFor();
      await colleague.getByTestId('expertise-transfer-open').waitFor();
      await screenshot(colleague, 'issue6-colleague-request');
    } finally {
      await portalContext.close();
      await expertContext.close();
      await colleagueContext.close();
    }
  });
  it('a live request: the available expert is rung (badge), takes it, and both chat in its session', async () => {
    // An identity that already exists, found again despite a typo (approximate search).
    const lastName = `Dupontel${randomInt(100_000, 999_999)}`;
    const api = new ApiClient(gatewayUrl);
    await api.login(DEMO_ACCOUNTS.requester);
    const created = await api.post('/api/v1/patients', {
      lastName,
      firstName: 'Marc',
      birthDate: '1961-04-17',
      nir: randomNir(),
      consent: { givenBy: 'patient', recordedAt: new Date().toISOString() },
    });
    expect(created.status).toBe(201);

    const portalContext = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'en-GB' });
    const expertContext = await browser.newContext({ viewport: { width: 1200, height: 900 }, locale: 'en-GB' });
    try {
      const expert = await expertContext.newPage();
      await signInThroughForm(expert, `${gatewayUrl}/expert/`, DEMO_ACCOUNTS.expert, DEMO_PASSWORD);
      await expert.getByTestId('queue').filter({ hasText: 'Dermatology & infectious diseases' }).waitFor();
      await expert.locator('[data-testid="presence"]:not([data-status="unknown"])').waitFor();
      await expert.getByTestId('presence-select').selectOption('available');
      await expert.locator('[data-testid="presence"][data-status="available"]').waitFor();
      await expert.locator('[data-testid="presence-select"]:enabled').waitFor();

      const portal = await portalContext.newPage();
      await signInThroughForm(portal, `${gatewayUrl}/portal/`, DEMO_ACCOUNTS.requester, DEMO_PASSWORD);
      await openTeleExpertise(portal);
      await portal.getByTestId('expertise-new').click();
      await portal.getByTestId('patient-search-last-name').fill(lastName.replace('Dupontel', 'Dupontell'));
      await portal.getByTestId('patient-search-mode-approximate').check();
      await portal.getByTestId('patient-search-submit').click();
      const found = portal.getByTestId('patient-result').filter({ hasText: lastName.toUpperCase() });
      await found.waitFor();
      await screenshot(portal, 'issue6-portal-search-approximate');
      await found.getByTestId('patient-result-pick').click();
      // An existing identity: the consent to this request is confirmed here.
      await portal.getByTestId('request-consent-confirm').check();
      await portal.getByTestId('wizard-next').click();
      await portal.getByTestId('request-type').selectOption({ label: 'Dermatology' });
      const service = portal.getByTestId('destination-service').filter({ hasText: 'Dermatology & infectious diseases' });
      await service.waitFor();
      await service.locator('input').check();
      await portal.getByTestId('request-mode-live').check();
      await portal.getByTestId('wizard-next').click();
      await portal.getByTestId('form-field-lesionLocation').fill('Scalp');
      await portal.getByTestId('form-field-duration').selectOption('Less than a week');
      await portal.getByTestId('form-field-question').fill('Spreading fast: can you look at it now?');
      await portal.getByTestId('wizard-save-form').click();
      await portal.getByTestId('wizard-send').filter({ hasText: 'Request a live session' }).click();
      await portal.locator('[data-testid="expertise-request"][data-status="sent"]').waitFor();
      const requestId = /\/expertise\/requests\/([0-9a-f-]{36})/.exec(portal.url())?.[1];
      expect(requestId).toBeTruthy();

      // The requester chats while waiting.
      await portal.locator('[data-testid="live-session"][data-status="active"]').waitFor();
      await portal.getByTestId('chat-input').fill('The patient is with me, ready when you are.');
      await portal.getByTestId('chat-send').click();
      await portal.getByTestId('chat-message-text').filter({ hasText: 'ready when you are' }).waitFor();
      await screenshot(portal, 'issue6-portal-live-waiting');

      // The expert is rung: a badge and a loud row; taking it opens the session on their side.
      await expert.getByTestId('nav-live-badge').waitFor();
      const row = expert.locator(`[data-testid="queue-request"][data-request-id="${requestId}"][data-mode="live"]`);
      await row.getByTestId('queue-request-live').waitFor();
      await screenshot(expert, 'issue6-expert-live-ringing');
      await row.getByTestId('queue-request-open').click();
      await expert.getByTestId('expert-take').click();
      await expert.locator('[data-testid="expert-request"][data-status="taken"]').waitFor();
      await expert.locator('[data-testid="live-session"][data-status="active"]').waitFor();
      await expert.getByTestId('chat-message-text').filter({ hasText: 'ready when you are' }).waitFor();
      await expert.getByTestId('chat-input').fill('Hello, I am calling you now.');
      await expert.getByTestId('chat-send').click();
      await portal.getByTestId('chat-message-text').filter({ hasText: 'I am calling you now' }).waitFor();
      await screenshot(expert, 'issue6-expert-live-session');
    } finally {
      await expertContext.close();
      await portalContext.close();
    }
  });
});
