import { screenshot, testStack, useBrowser } from '@passerelle/testing';

const { gatewayUrl } = testStack();
const browser = useBrowser();

describe('guest join landing', () => {
  it('tells a visitor on a phone to open the link they received, and mirrors for Arabic', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${gatewayUrl}/join/`);
    const landing = page.getByTestId('guest-landing');
    await landing.waitFor();
    expect(await landing.textContent()).toMatch(/link/i);
    await screenshot(page, 'guest-landing');

    await page.getByTestId('language-switcher').selectOption('ar');
    await page.locator('html[dir="rtl"][lang="ar"]').waitFor({ state: 'attached' });
    await screenshot(page, 'guest-landing-ar');
    await context.close();
  });
});
