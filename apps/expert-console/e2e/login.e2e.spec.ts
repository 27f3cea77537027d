import { DEMO_ACCOUNTS, DEMO_PASSWORD, launchChromium, screenshot, testStack, type Browser } from '@passerelle/testing';

const { gatewayUrl } = testStack();
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('expert console login', () => {
  it('signs in the demo expert and shows their name', async () => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.20' } });
    const page = await context.newPage();
    await page.goto(`${gatewayUrl}/expert/`);
    await page.getByTestId('login-email').fill(DEMO_ACCOUNTS.expert);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('user-name').filter({ hasText: 'Dr. Louis Martin' }).waitFor();
    await screenshot(page, 'expert-home');
    await context.close();
  });

  it('tells a requester that this console is not theirs', async () => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': '203.0.113.21' } });
    const page = await context.newPage();
    await page.goto(`${gatewayUrl}/expert/`);
    await page.getByTestId('login-email').fill(DEMO_ACCOUNTS.requester);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('no-access').waitFor();
    await context.close();
  });
});
