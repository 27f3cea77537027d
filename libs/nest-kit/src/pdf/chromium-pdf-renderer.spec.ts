import { EventEmitter } from 'node:events';
import puppeteer from 'puppeteer-core';
import { ChromiumPdfRenderer, PdfConfig } from './chromium-pdf-renderer';

jest.mock('puppeteer-core', () => ({ __esModule: true, default: { launch: jest.fn() } }));
const launch = puppeteer.launch as jest.MockedFunction<typeof puppeteer.launch>;

/** Only what the renderer may call on a page: anything else is an unexpected call and fails. */
function fakePage() {
  return {
    setJavaScriptEnabled: jest.fn(async () => undefined),
    setRequestInterception: jest.fn(async () => undefined),
    on: jest.fn(),
    setContent: jest.fn(async () => undefined),
    pdf: jest.fn(async () => Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d])),
    close: jest.fn(async () => undefined),
  };
}

function fakeBrowser() {
  const events = new EventEmitter();
  const pages: ReturnType<typeof fakePage>[] = [];
  return Object.assign(events, {
    pages,
    newPage: jest.fn(async () => {
      const page = fakePage();
      pages.push(page);
      return page;
    }),
    close: jest.fn(async () => undefined),
  });
}

const config = { CHROMIUM_PATH: '/usr/bin/chromium', REPORT_RENDER_TIMEOUT_MS: 5000 } satisfies PdfConfig;

describe('ChromiumPdfRenderer', () => {
  beforeEach(() => launch.mockReset());

  it('launches Debian Chromium once with the agreed flags and reuses it', async () => {
    const browser = fakeBrowser();
    launch.mockResolvedValue(browser as never);
    const renderer = new ChromiumPdfRenderer(config);

    await renderer.render('<p>one</p>');
    const pdf = await renderer.render('<p>two</p>');

    expect(Buffer.from(pdf).toString()).toBe('%PDF-');
    expect(launch).toHaveBeenCalledTimes(1);
    expect(launch.mock.calls[0]![0]).toMatchObject({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    // Scripts off, every page closed after printing.
    expect(browser.pages.map((p) => [p.setJavaScriptEnabled.mock.calls[0], p.close.mock.calls.length])).toEqual([
      [[false], 1],
      [[false], 1],
    ]);
  });

  it('launches a new browser when the warm one died', async () => {
    const first = fakeBrowser();
    const second = fakeBrowser();
    launch.mockResolvedValueOnce(first as never).mockResolvedValueOnce(second as never);
    const renderer = new ChromiumPdfRenderer(config);

    await renderer.render('<p>before</p>');
    first.emit('disconnected');
    await renderer.render('<p>after</p>');

    expect(launch).toHaveBeenCalledTimes(2);
    expect(second.newPage).toHaveBeenCalledTimes(1);
  });

  it('tries again on the next report when Chromium could not start', async () => {
    const browser = fakeBrowser();
    launch.mockRejectedValueOnce(new Error('spawn ENOENT')).mockResolvedValueOnce(browser as never);
    const renderer = new ChromiumPdfRenderer(config);

    await expect(renderer.render('<p>x</p>')).rejects.toThrow('spawn ENOENT');
    await renderer.render('<p>x</p>');
    expect(launch).toHaveBeenCalledTimes(2);
  });

  it('closes the browser on shutdown', async () => {
    const browser = fakeBrowser();
    launch.mockResolvedValue(browser as never);
    const renderer = new ChromiumPdfRenderer(config);
    await renderer.render('<p>x</p>');
    await renderer.onModuleDestroy();
    expect(browser.close).toHaveBeenCalledTimes(1);
  });
});
