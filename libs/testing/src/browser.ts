import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Browser, Page, chromium } from 'playwright-core';
import { nextClientAddress } from './client-address';

export type { Browser, BrowserContext, Locator, Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  '--allow-loopback-in-peer-connection',
];

/** Debian's Chromium driven by playwright-core: nothing is downloaded. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

const screenshotDir = resolve(__dirname, '../../../test-output/screenshots');

/** Key screens go to test-output/screenshots for people to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * One Chromium per test file: registers beforeAll/afterAll and returns a getter, plus a fresh context
 * per call with its own client address (the gateway's rate limits count per address).
 */
export function useBrowser() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    newContext(options: Parameters<Browser['newContext']>[0] = {}) {
      if (!browser) throw new Error('useBrowser(): the browser is not launched yet');
      return browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': nextClientAddress() }, ...options });
    },
  };
}

/** Signs in through a staff app's login form (portal or expert console). */
export async function signInThroughForm(page: Page, appUrl: string, email: string, password: string) {
  await page.goto(appUrl);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}
