import { afterAll, afterEach, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot } from './browser';
import { startEmbeddedService, type EmbeddedService } from './embedded-service';
import { buildAdmin } from './app-helpers';

export interface BrowserSuite {
  /** The embedded default, started in the suite's `beforeAll`: the current admin build, the demo organisation seeded. */
  service(): EmbeddedService;
  /** A new tab at 1440 × 1000 whose errors are kept for a failing test's report; it becomes the page shown on failure. */
  newPage(): Promise<Page>;
  /** What the suite's pages reported as errors (uncaught exceptions, console errors), in order. */
  readonly browserErrors: readonly string[];
}

/**
 * What every end-to-end suite of the admin app sets up: it builds the app, starts the
 * embedded default and Chromium before the suite's tests and stops them after. When a
 * test fails, the browser's errors are printed and the last page opened is screenshotted
 * as `failed-<test name>`. Call it before the suite's own `beforeAll`, which then finds
 * the service running (before hooks run in the order they are registered).
 */
export function useBrowserSuite(): BrowserSuite {
  let service: EmbeddedService | undefined;
  let browser: Browser | undefined;
  let lastPage: Page | undefined;
  const browserErrors: string[] = [];

  beforeAll(async () => {
    await buildAdmin();
    service = await startEmbeddedService();
    browser = await launchChromium();
  });

  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail') return;
    console.error(`browser errors:\n${browserErrors.join('\n')}`);
    if (lastPage) await screenshot(lastPage, `failed-${context.task.name.slice(0, 40).replace(/\W+/g, '-')}`);
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  return {
    browserErrors,
    service: () => {
      if (!service) throw new Error('the embedded service starts in beforeAll: use it in a hook or a test');
      return service;
    },
    newPage: async () => {
      if (!browser) throw new Error('the browser starts in beforeAll: open pages in a hook or a test');
      const opened = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
      opened.setDefaultTimeout(45_000);
      opened.on('pageerror', (error) => browserErrors.push(error.stack ?? error.message));
      opened.on('console', (message) => message.type() === 'error' && browserErrors.push(message.text()));
      lastPage = opened;
      return opened;
    },
  };
}
