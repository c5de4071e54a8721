import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { buildFixtureSite, type FixtureSiteInputs } from '../support/build-fixture-site.ts';
import { HOW_TO_GET_CHROMIUM, hasChromium, launchChromium } from '../../tooling/chromium.ts';
import { serveStatic } from '../../tooling/static-server.ts';
import { watchCspViolations } from '../support/csp-violations.ts';

/** The fixture's published organizations, in the order the page lists them. */
export const COMMUNITY_PARTNERS = [
  'Acme Cloud',
  'Borealis Consulting',
  'Cobalt Systems',
  'Éclair Data',
];
export const ADOPTERS = ['Cobalt Systems', 'Gamma Retail', 'Helix Bank'];
export const WITHDRAWN = 'Fading Star';

/** Call at the top of a test file: says why its browser tests are skipped when Chromium is missing. */
export function warnIfNoChromium(suite: string): void {
  if (!hasChromium()) console.warn(`Skipping ${suite}: ${HOW_TO_GET_CHROMIUM}`);
}

export interface PageChecks {
  /** For a test that imposes a policy of its own to switch scripts off: its refusals are expected. */
  ignoreCspViolations?: boolean;
  /** For a test of the 404 pages: a page answered with 404 is expected, its resources are not. */
  allowNotFoundPages?: boolean;
}

export interface FixtureSite {
  /** Where the built fixture site is served, e.g. http://127.0.0.1:40123 (no trailing slash). */
  readonly url: string;
  readonly outDir: string;
  readonly browser: Browser;
  /**
   * A blank page in a context of its own; closed after the test, which fails on script errors,
   * failed requests or any Content-Security-Policy violation (the server applies `_headers`).
   */
  newPage(options?: BrowserContextOptions, checks?: PageChecks): Promise<Page>;
  /** `newPage`, opened at a path of the site such as `/partners/`. */
  open(path: string, options?: BrowserContextOptions): Promise<Page>;
}

/**
 * Builds (or reuses) the fixture site, serves it and starts one Chromium for the calling
 * describe block. Use inside `describe.skipIf(!hasChromium())` so nothing starts without Chromium.
 */
export function useFixtureSite(site?: FixtureSiteInputs): FixtureSite {
  let outDir = '';
  let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  let problems: string[] = [];
  let cspViolations: string[][] = [];

  const newPage = async (options?: BrowserContextOptions, checks: PageChecks = {}) => {
    const context = await browser!.newContext(options);
    contexts.push(context);
    const page = await context.newPage();
    if (!checks.ignoreCspViolations) cspViolations.push(await watchCspViolations(page));
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    page.on('response', (response) => {
      const expected =
        checks.allowNotFoundPages &&
        response.status() === 404 &&
        response.request().isNavigationRequest();
      if (response.status() >= 400 && !expected)
        problems.push(`${response.url()}: HTTP ${response.status()}`);
    });
    page.on('requestfailed', (request) => {
      const error = request.failure()?.errorText;
      // Going to the next page cancels what the last one was still loading (the favicon, say): not a failure.
      if (error !== 'net::ERR_ABORTED') problems.push(`${request.url()}: ${error}`);
    });
    return page;
  };

  beforeAll(async () => {
    outDir = await buildFixtureSite(site);
    server = await serveStatic(outDir);
    browser = await launchChromium();
  });
  afterEach(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
    const seen = [...problems, ...cspViolations.flat()];
    problems = [];
    cspViolations = [];
    expect(seen, 'script errors, failed requests and CSP violations while the test ran').toEqual(
      [],
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get url() {
      return server!.url;
    },
    get outDir() {
      return outDir;
    },
    get browser() {
      return browser!;
    },
    newPage,
    async open(path, options) {
      const page = await newPage(options);
      await page.goto(server!.url + path);
      return page;
    },
  };
}

/** Names of the organizations a list shows a visitor (hidden ones left out), in order. */
export function visibleNames(page: Page, listId: string): Promise<string[]> {
  return page.$$eval(`#${listId} > li`, (items) =>
    items
      .filter((item) => item.checkVisibility())
      .map((item) => (item.querySelector('h3, .name')?.textContent ?? '').trim()),
  );
}
