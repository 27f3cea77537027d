import { DEMO_ACCOUNTS, DEMO_PASSWORD, launchChromium, screenshot, testStack, type Browser, type Locator } from '@passerelle/testing';

const { gatewayUrl } = testStack();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('requester portal login', () => {
  it('signs in with the demo requester and shows their name, then signs out', async () => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.10' } });
    const page = await context.newPage();
    await page.goto(`${gatewayUrl}/portal/`);
    await page.getByTestId('login-email').fill(DEMO_ACCOUNTS.requester);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await screenshot(page, 'portal-login');
    await page.getByTestId('login-submit').click();
    await expectText(page.getByTestId('user-name'), 'Amina Diallo');
    await screenshot(page, 'portal-home');

    // A reload keeps the session through the httpOnly refresh cookie, not through stored tokens.
    await page.reload();
    await expectText(page.getByTestId('user-name'), 'Amina Diallo');
    expect(await page.evaluate('JSON.stringify(localStorage) + JSON.stringify(sessionStorage)')).not.toMatch(/eyJ/);

    await page.getByTestId('logout').click();
    await page.getByTestId('login-email').waitFor();
    await context.close();
  });

  it('shows a clear error for a wrong password', async () => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.11' } });
    const page = await context.newPage();
    await page.goto(`${gatewayUrl}/portal/login`);
    await page.getByTestId('login-email').fill(DEMO_ACCOUNTS.requester);
    await page.getByTestId('login-password').fill('not the password');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').waitFor();
    expect(await page.getByTestId('login-error').textContent()).toMatch(/incorrect|wrong|invalid/i);
    await context.close();
  });
});

async function expectText(locator: Locator, text: string) {
  await locator.waitFor();
  await locator.filter({ hasText: text }).waitFor();
}
