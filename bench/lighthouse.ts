// The pages part of `npm run bench`: each kind of page through Lighthouse (npm) in the Chromium of
// CHROMIUM_PATH, against the built site on the local static server (text gzipped, the site's
// headers applied), offline. Twice per page: the phone profile (a mid-range phone on slow 4G: the
// four scores and layout shift) and the desktop profile at 1x, where the transfer budget applies
// (a denser screen rightly fetches larger logos). Every figure is Lighthouse's own audit.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  CHROMIUM_FLAGS,
  CHROMIUM_PATH,
  HOW_TO_GET_CHROMIUM,
  hasChromium,
} from '../tooling/chromium.ts';
import { runScript } from '../tooling/run-script.ts';
import type { BenchPage } from './page-kinds.ts';
import {
  formatBytes,
  formatLoadAverage,
  formatMs,
  formatTable,
  type Verdict,
} from './report-format.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

// The project's budgets.
const SCORE = 100;
const TRANSFER_MAX = 30 * 1024;
const JS_MAX = 3 * 1024;

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      score: number | null;
      numericValue?: number;
      details?: { items?: never[]; nodes?: { resourceBytes: number }[] };
    }
  >;
  runtimeError?: { message: string };
}

export interface PageFigures {
  site: string;
  page: BenchPage;
  /** Phone profile, 0 to 100; missing where Lighthouse could not score. */
  scores: Partial<Record<(typeof CATEGORIES)[number], number>>;
  /** The audits that cost points, e.g. `color-contrast (accessibility)`. */
  failing: string[];
  /** What moved, from Lighthouse's layout-shifts audit, e.g. `body > header (1x) 0.00031`. */
  shifted: string[];
  clsPhone?: number;
  cls1x?: number;
  /** At 1x: response bodies by Lighthouse's resource type (Document, Image, ...), as sent. */
  bodies: Record<string, number>;
  /** At 1x: the status lines and headers of those responses (HTTP/1.1 here). */
  headerBytes: number;
  /** At 1x: Lighthouse's resource-summary total, headers included. */
  transferred?: number;
  /** At 1x: the JavaScript the page parses, files and inline (Lighthouse's script treemap). */
  javaScript?: number;
  errors: string[];
}

/** Lighthouse's report of `url`, or the reason there is none; a second try after a failed one. */
async function lighthouse(url: string, flags: string[], retry = true): Promise<Report | string> {
  if (!hasChromium()) throw new Error(HOW_TO_GET_CHROMIUM);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'karmada-partners-lighthouse-'));
  try {
    const file = path.join(dir, 'report.json');
    const run = await runScript(
      'node_modules/lighthouse/cli/index.js',
      [
        url,
        `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
        '--output=json',
        `--output-path=${file}`,
        '--quiet',
        ...flags,
      ],
      { env: { CHROME_PATH: CHROMIUM_PATH } },
    );
    const report = await readFile(file, 'utf8').then(
      (text) => JSON.parse(text) as Report,
      () => run.stderr.trim().split('\n').at(-1) || 'no report written',
    );
    const failed = typeof report === 'string' ? report : report.runtimeError?.message;
    // On a busy machine Chromium sometimes misses the start of the trace (NO_NAVSTART).
    if (failed) return retry ? lighthouse(url, flags, false) : failed;
    return report;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Both runs of one page of the site served at `siteUrl`; `headerBytes` holds what the server
 * sent as headers for each path (it is told as it answers).
 */
export async function measurePage(
  site: string,
  siteUrl: string,
  page: BenchPage,
  headerBytes: Map<string, number>,
  log: (line: string) => void,
): Promise<PageFigures> {
  const started = performance.now();
  const flags = [`--only-categories=${CATEGORIES.join(',')}`];
  const figures: PageFigures = {
    site,
    page,
    scores: {},
    failing: [],
    shifted: [],
    bodies: {},
    headerBytes: 0,
    errors: [],
  };
  const [phone, oneX] = [
    await lighthouse(siteUrl + page.path, flags),
    await lighthouse(siteUrl + page.path, [...flags, '--preset=desktop']),
  ];
  if (typeof phone === 'string') figures.errors.push(`phone: ${phone}`);
  else {
    for (const category of CATEGORIES) {
      const { score, auditRefs } = phone.categories[category] ?? {};
      if (score === null || score === undefined) continue;
      figures.scores[category] = Math.round(score * 100);
      for (const ref of figures.scores[category] === SCORE ? [] : auditRefs!)
        if (ref.weight > 0 && (phone.audits[ref.id]?.score ?? 1) < 1)
          figures.failing.push(`${ref.id} (${category})`);
    }
    figures.clsPhone = phone.audits['cumulative-layout-shift']?.numericValue;
    figures.shifted.push(...shifts(phone, 'phone'));
  }
  if (typeof oneX === 'string') figures.errors.push(`1x: ${oneX}`);
  else {
    const items = (id: string) =>
      (oneX.audits[id]?.details?.items ?? []) as Record<string, never>[];
    figures.cls1x = oneX.audits['cumulative-layout-shift']?.numericValue;
    figures.shifted.push(...shifts(oneX, '1x'));
    figures.transferred = items('resource-summary').find(
      (item) => item.resourceType === 'total',
    )?.transferSize;
    for (const { url, resourceType, transferSize } of items('network-requests')) {
      if (!(url as string).startsWith(siteUrl)) continue;
      const headers = headerBytes.get(new URL(url).pathname) ?? 0;
      figures.headerBytes += headers;
      figures.bodies[resourceType] = (figures.bodies[resourceType] ?? 0) + transferSize - headers;
    }
    const scripts = oneX.audits['script-treemap-data']?.details?.nodes ?? [];
    figures.javaScript = scripts.reduce((sum, node) => sum + node.resourceBytes, 0);
  }
  log(
    `${site} ${page.kind} ${page.path}: ${showScores(figures)}, ${formatBytes(bodiesTotal(figures))} at 1x${figures.errors.map((error) => `; ${error}`).join('')} in ${formatMs(performance.now() - started)}; load average ${formatLoadAverage()}`,
  );
  return figures;
}

const shifts = (report: Report, profile: string) =>
  (
    (report.audits['layout-shifts']?.details?.items ?? []) as {
      score: number;
      node?: { selector?: string };
    }[]
  ).map(
    (item) => `${item.node?.selector ?? 'an element'} (${profile}) ${item.score.toPrecision(2)}`,
  );
const bodiesTotal = (figures: PageFigures) =>
  Object.values(figures.bodies).reduce((a, b) => a + b, 0);
const showScores = (figures: PageFigures) =>
  CATEGORIES.map((category) => figures.scores[category] ?? 'n/a').join('/');
const cls = (value: number | undefined) =>
  value === undefined ? 'n/a' : value === 0 ? '0' : value.toPrecision(2);

export function formatPagesTable(results: PageFigures[]): string {
  const types = [...new Set(results.flatMap((figures) => Object.keys(figures.bodies)))];
  const rows = results.map((figures) => [
    `${figures.site} ${figures.page.kind}`,
    figures.page.path,
    showScores(figures),
    cls(figures.clsPhone),
    ...types.map((type) => formatBytes(figures.bodies[type] ?? 0)),
    formatBytes(bodiesTotal(figures)),
    formatBytes(figures.headerBytes),
    formatBytes(figures.transferred),
    formatBytes(figures.javaScript),
    cls(figures.cls1x),
  ]);
  const header = [
    'page',
    'path',
    'phone: scores',
    'CLS',
    ...types.map((type) => `1x: ${type}`),
    'bodies',
    'headers',
    'Lighthouse',
    'JS',
    'CLS',
  ];
  return [
    formatTable(header, rows),
    'scores: performance/accessibility/best-practices/seo. "bodies" is what crosses the wire without the HTTP/1.1 headers of this server; "Lighthouse" (its resource-summary total) includes them, and an HTTP/2 host such as Netlify sends repeated headers once. JS: parsed, files and inline.',
    ...results.flatMap((figures) => [
      ...(figures.failing.length > 0
        ? [`${figures.site} ${figures.page.path} loses points on: ${figures.failing.join(', ')}`]
        : []),
      ...(figures.shifted.length > 0
        ? [`${figures.site} ${figures.page.path} moved: ${figures.shifted.join(', ')}`]
        : []),
      ...figures.errors.map((error) => `${figures.site} ${figures.page.path}: ${error}`),
    ]),
  ].join('\n');
}

/** One line per budget, over every page of every site: the pages that miss it, or the highest figure. */
export function pagesVerdicts(results: PageFigures[]): Verdict[] {
  const verdict = (
    target: string,
    pass: (figures: PageFigures) => boolean | undefined,
    show: (figures: PageFigures) => string,
    figure?: (figures: PageFigures) => number,
  ): Verdict => {
    const misses = results.filter((figures) => pass(figures) !== true);
    const highest = figure && results.reduce((a, b) => (figure(b) > figure(a) ? b : a));
    return {
      target,
      pass: misses.some((figures) => pass(figures) === false)
        ? false
        : misses.length === 0 || undefined,
      measured:
        misses
          .map((figures) => `${figures.site} ${figures.page.kind} ${show(figures)}`)
          .join('; ') ||
        `all ${results.length} pages${highest ? `; highest ${show(highest)} (${highest.site} ${highest.page.kind})` : ''}`,
    };
  };
  // The 404 page is rightly not indexable (noindex): SEO is not judged there.
  const judged = (page: BenchPage) =>
    CATEGORIES.filter((category) => !(page.notFound && category === 'seo'));
  return [
    verdict(
      `Lighthouse ${SCORE} in all four categories (phone; SEO not judged on the 404 page, which must not be indexed)`,
      (figures) =>
        judged(figures.page).some((category) => figures.scores[category] === undefined)
          ? undefined
          : judged(figures.page).every((category) => figures.scores[category] === SCORE),
      showScores,
    ),
    verdict(
      `first visit under ${TRANSFER_MAX / 1024} KB transferred at 1x, text gzipped`,
      (figures) =>
        figures.transferred === undefined ? undefined : bodiesTotal(figures) < TRANSFER_MAX,
      (figures) =>
        `${formatBytes(bodiesTotal(figures))} (${formatBytes(figures.transferred)} with headers)`,
      bodiesTotal,
    ),
    verdict(
      `under ${JS_MAX / 1024} KB of JavaScript`,
      (figures) => (figures.javaScript === undefined ? undefined : figures.javaScript < JS_MAX),
      (figures) => formatBytes(figures.javaScript),
      (figures) => figures.javaScript ?? 0,
    ),
    verdict(
      'CLS 0 (phone and 1x)',
      (figures) =>
        figures.clsPhone === undefined || figures.cls1x === undefined
          ? undefined
          : figures.clsPhone === 0 && figures.cls1x === 0,
      (figures) => `${cls(figures.clsPhone)} ${cls(figures.cls1x)}`,
      (figures) => Math.max(figures.clsPhone ?? 0, figures.cls1x ?? 0),
    ),
  ];
}
