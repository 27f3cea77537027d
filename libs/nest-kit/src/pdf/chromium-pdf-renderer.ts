import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import puppeteer, { Browser } from 'puppeteer-core';
import { z } from 'zod';
import { InjectConfig } from '../config/service-config';
import { safeErrorFields } from '../errors/safe-error';

/** The config of a service that prints PDFs (chat's session reports, expertise's request exports). */
export const pdfConfigShape = {
  /** Debian's Chromium, driven by puppeteer-core. */
  CHROMIUM_PATH: z.string().refine((path) => path.startsWith('/'), 'must be an absolute path').default('/usr/bin/chromium'),
  REPORT_RENDER_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(30_000),
};
export interface PdfConfig {
  CHROMIUM_PATH: string;
  REPORT_RENDER_TIMEOUT_MS: number;
}

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/**
 * Prints self-contained HTML to PDF with Debian's Chromium. One browser stays warm between reports (starting it
 * costs more than printing); if it dies, the next report launches a new one.
 */
@Injectable()
export class ChromiumPdfRenderer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('ChromiumPdfRenderer');
  private browser?: Promise<Browser>;
  private closing = false;

  constructor(@InjectConfig() private readonly config: PdfConfig) {}

  onApplicationBootstrap(): void {
    // Warm up in the background: a missing Chromium must not stop chat from serving messages.
    this.getBrowser().catch((error: unknown) =>
      this.logger.warn({ err: safeErrorFields(error) }, 'Chromium could not be started; reports will retry'),
    );
  }

  async render(html: string): Promise<Uint8Array> {
    const browser = await this.getBrowser();
    const page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      // The page is self-contained; anything it tries to fetch is refused.
      page.on('request', (request) => void (request.url().startsWith('data:') ? request.continue() : request.abort()));
      await page.setContent(html, { waitUntil: 'load', timeout: this.config.REPORT_RENDER_TIMEOUT_MS });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' },
        timeout: this.config.REPORT_RENDER_TIMEOUT_MS,
      });
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    const browser = await this.browser?.catch(() => undefined);
    this.browser = undefined;
    await browser?.close().catch(() => undefined);
  }

  private getBrowser(): Promise<Browser> {
    this.browser ??= this.launch();
    return this.browser;
  }

  private async launch(): Promise<Browser> {
    try {
      const browser = await puppeteer.launch({
        executablePath: this.config.CHROMIUM_PATH,
        headless: true,
        args: CHROMIUM_ARGS,
      });
      browser.on('disconnected', () => {
        if (this.closing) return;
        this.logger.warn('Chromium exited; the next report starts a new one');
        this.browser = undefined;
      });
      return browser;
    } catch (error) {
      this.browser = undefined;
      throw error;
    }
  }
}
