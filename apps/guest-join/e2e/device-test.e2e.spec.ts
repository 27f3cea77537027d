import { eventually, screenshot, testStack, useBrowser } from '@passerelle/testing';

const { gatewayUrl } = testStack();
const browser = useBrowser();

describe('device test page /join/test', () => {
  it('is linked from the guest landing page', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${gatewayUrl}/join/`);
    await page.getByTestId('device-test-link').click();
    await page.getByTestId('device-test-start').waitFor();
    expect(new URL(page.url()).pathname).toBe('/join/test');
    await context.close();
  });

  it('shows the camera and microphone, and sends media through the SFU and back to a "good" verdict', async () => {
    // Chromium's fake camera and microphone (launch flags in @passerelle/testing), on a phone-sized screen.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${gatewayUrl}/join/test`);
    await page.getByTestId('device-test-start').click();

    // The preview plays the camera: its video has real dimensions (the page's CSP forbids evaluating strings).
    const preview = page.getByTestId('device-test-preview');
    await eventually(async () => {
      const size = await preview.evaluate((element) => (element as unknown as { videoWidth: number }).videoWidth);
      return size > 0 ? size : undefined;
    }, 'the camera preview playing');
    // The fake microphone's beeps move the level meter.
    const meter = page.getByTestId('device-test-mic-level');
    await eventually(async () => (Number(await meter.getAttribute('aria-valuenow')) > 0 ? true : undefined), 'the microphone level moving');

    // The echo went through media and came back: inbound audio bytes and decoded video frames.
    const verdict = page.getByTestId('device-test-verdict');
    await verdict.waitFor({ timeout: 30_000 });
    expect(await verdict.getAttribute('data-verdict')).toBe('good');
    expect(await verdict.textContent()).toMatch(/Everything works/);

    await page.getByTestId('device-test-play').click();
    await page.getByTestId('device-test-heard').click();
    await page.getByTestId('device-test-speaker-ok').waitFor();
    await screenshot(page, 'device-test-good');
    await context.close();
  });
});
