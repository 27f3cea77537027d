import { DEMO_ACCOUNTS, DEMO_PASSWORD, screenshot, signInThroughForm, testStack, useBrowser } from '@passerelle/testing';
import { randomInt } from 'node:crypto';

const { gatewayUrl } = testStack();
const browser = useBrowser();

describe('tele-expertise administration in the requester portal', () => {
  it('defines an expertise type with its form and a destination service with the demo expert, whose console then shows the new queue', async () => {
    const suffix = randomInt(100_000, 999_999);
    const typeName = `Cardiology ${suffix}`;
    const serviceName = `Cardiology team ${suffix}`;
    const adminContext = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'en-GB' });
    const expertContext = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'en-GB' });
    try {
      const admin = await adminContext.newPage();
      await signInThroughForm(admin, `${gatewayUrl}/portal/`, DEMO_ACCOUNTS.admin, DEMO_PASSWORD);
      await admin.getByTestId('nav-admin-expertise').click();
      await admin.getByTestId('admin-expertise-types').waitFor();
      // One administration menu: the accounts' users page sits next to the tele-expertise ones.
      await admin.getByTestId('admin-nav-users').waitFor();
      await admin.getByTestId('admin-type-row').filter({ hasText: 'Dermatology' }).waitFor();

      // A type and its form: two mandatory fields, their keys made from the labels.
      await admin.getByTestId('admin-type-new').click();
      await admin.getByTestId('admin-type-name').fill(typeName);
      await admin.getByTestId('admin-type-description').fill('Chest pain, palpitations, ECG reading.');
      await admin.getByTestId('form-field-add').click();
      await admin.getByTestId('form-field-add').click();
      const rows = admin.getByTestId('form-field-row');
      await rows.nth(0).getByTestId('form-field-label').fill('Heart rate (bpm)');
      await rows.nth(0).getByTestId('form-field-kind').selectOption('number');
      await rows.nth(0).getByTestId('form-field-required').check();
      await rows.nth(1).getByTestId('form-field-label').fill('Your question to the cardiologist');
      await rows.nth(1).getByTestId('form-field-kind').selectOption('textarea');
      await rows.nth(1).getByTestId('form-field-required').check();
      expect(await rows.nth(0).locator('code').textContent()).toBe('heartRateBpm');
      await screenshot(admin, 'issue6-admin-type-editor');
      await admin.getByTestId('admin-type-save').click();
      await admin.getByTestId('admin-notice').filter({ hasText: typeName }).waitFor();
      const typeRow = admin.getByTestId('admin-type-row').filter({ hasText: typeName });
      await typeRow.getByText('Fields in the form: 2').waitFor();

      // A destination service handling it, answered by the demo expert.
      await admin.getByTestId('admin-nav-services').click();
      await admin.getByTestId('admin-service-new').click();
      await admin.getByTestId('admin-service-name').fill(serviceName);
      await admin.getByTestId('admin-service-establishment').fill('Demo District Hospital');
      await admin.getByTestId('admin-service-specialty').fill('Cardiology');
      const editor = admin.getByTestId('admin-service-editor');
      await editor.getByLabel(typeName).check();
      await editor.getByLabel(/Dr\. Louis Martin/).check();
      await screenshot(admin, 'issue6-admin-service-editor');
      await admin.getByTestId('admin-service-save').click();
      const serviceRow = admin.getByTestId('admin-service-row').filter({ hasText: serviceName });
      await serviceRow.waitFor();
      expect(await serviceRow.textContent()).toContain(typeName);
      expect(await serviceRow.textContent()).toContain('Dr. Louis Martin');
      await screenshot(admin, 'issue6-admin-services');

      // The expert now answers from that queue too.
      const expert = await expertContext.newPage();
      await signInThroughForm(expert, `${gatewayUrl}/expert/`, DEMO_ACCOUNTS.expert, DEMO_PASSWORD);
      await expert.getByTestId('queue').filter({ hasText: serviceName }).waitFor();
    } finally {
      await adminContext.close();
      await expertContext.close();
    }
  });

  it('keeps a requester out of the administration pages', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await signInThroughForm(page, `${gatewayUrl}/portal/`, DEMO_ACCOUNTS.requester, DEMO_PASSWORD);
      await page.getByTestId('nav-expertise').waitFor();
      expect(await page.getByTestId('nav-admin-expertise').count()).toBe(0);
      await page.goto(`${gatewayUrl}/portal/admin/expertise/types`);
      await page.getByTestId('no-access').waitFor();
    } finally {
      await context.close();
    }
  });
});
