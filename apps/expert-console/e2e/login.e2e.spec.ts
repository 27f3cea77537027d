import { DEMO_ACCOUNTS, DEMO_PASSWORD, screenshot, signInThroughForm, testStack, useBrowser } from '@passerelle/testing';

const { gatewayUrl } = testStack();
const browser = useBrowser();

describe('expert console login', () => {
  it('signs in the demo expert and shows their name', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInThroughForm(page, `${gatewayUrl}/expert/`, DEMO_ACCOUNTS.expert, DEMO_PASSWORD);
    await page.getByTestId('user-name').filter({ hasText: 'Dr. Louis Martin' }).waitFor();
    await screenshot(page, 'expert-home');
    await context.close();
  });

  it('tells a requester that this console is not theirs', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInThroughForm(page, `${gatewayUrl}/expert/`, DEMO_ACCOUNTS.requester, DEMO_PASSWORD);
    await page.getByTestId('no-access').waitFor();
    await context.close();
  });
});
