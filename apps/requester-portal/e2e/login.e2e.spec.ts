import { DEMO_ACCOUNTS, DEMO_PASSWORD, screenshot, signInThroughForm, testStack, useBrowser } from '@passerelle/testing';

const { gatewayUrl } = testStack();
const browser = useBrowser();

describe('requester portal login', () => {
  it('signs in with the demo requester and shows their name, then signs out', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${gatewayUrl}/portal/`);
    await page.getByTestId('login-email').waitFor();
    await screenshot(page, 'portal-login');
    await signInThroughForm(page, `${gatewayUrl}/portal/`, DEMO_ACCOUNTS.requester, DEMO_PASSWORD);
    await page.getByTestId('user-name').filter({ hasText: 'Amina Diallo' }).waitFor();
    await screenshot(page, 'portal-home');

    // A reload keeps the session through the httpOnly refresh cookie, not through stored tokens.
    await page.reload();
    await page.getByTestId('user-name').filter({ hasText: 'Amina Diallo' }).waitFor();
    expect(await page.evaluate('JSON.stringify(localStorage) + JSON.stringify(sessionStorage)')).not.toMatch(/eyJ/);

    await page.getByTestId('logout').click();
    await page.getByTestId('login-email').waitFor();
    await context.close();
  });

  it('shows a clear error for a wrong password', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInThroughForm(page, `${gatewayUrl}/portal/login`, DEMO_ACCOUNTS.requester, 'not the password');
    await page.getByTestId('login-error').waitFor();
    expect(await page.getByTestId('login-error').textContent()).toMatch(/incorrect|wrong|invalid/i);
    await context.close();
  });
});
