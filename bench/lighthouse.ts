// Lighthouse (npm), offline, against a page on the local static server, twice: the phone profile
// for the four scores and layout shift, and the desktop profile at 1x, where the transfer budget
// applies (a denser screen rightly fetches larger logos). Every figure is Lighthouse's own audit.
import type { Result } from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from '../tooling/chromium.ts';
import { runScript } from '../tooling/run-script.ts';
import type { BenchPage } from './pages.ts';
import * as format from './report-format.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
// The project's budgets.
const SCORE = 100;
const TRANSFER_MAX = 30 * 1024;
const JS_MAX = 3 * 1024;

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
  /** At 1x, as sent: response bodies by Lighthouse's resource type, their total, the headers. */
  bodies: Record<string, number>;
  bodyBytes?: number;
  headerBytes: number;
  /** At 1x: Lighthouse's resource-summary total, and the JavaScript parsed (its script treemap). */
  transferred?: number;
  javaScript?: number;
  errors: string[];
}

/** Lighthouse's report of `url`, or the reason there is none; a second try after a failed one. */
async function lighthouse(url: string, flags: string[], retry = true): Promise<Result | string> {
  const run = await runScript(
    'node_modules/lighthouse/cli/index.js',
    [
      url,
      `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      '--output=json', // to stdout
      '--quiet',
      ...flags,
    ],
    { env: { CHROME_PATH: chromiumPath() } },
  );
  let failed = run.stderr.trim().split('\n').at(-1) || 'no report written';
  try {
    const report = JSON.parse(run.stdout) as Result;
    if (!report.runtimeError) return report;
    failed = report.runtimeError.message;
  } catch {}
  // On a busy machine Chromium sometimes misses the start of the trace (NO_NAVSTART).
  return retry ? lighthouse(url, flags, false) : failed;
}

function tableItems(report: Result, id: string) {
  const details = report.audits[id]?.details;
  return details?.type === 'table' ? details.items : [];
}

/** The page's layout shift in one profile; what moved goes to `figures.shifted`. */
function layoutShift(report: Result, profile: string, figures: PageFigures) {
  for (const { score, node } of tableItems(report, 'layout-shifts')) {
    const selector = (node as { selector?: string } | undefined)?.selector ?? 'an element';
    figures.shifted.push(`${selector} (${profile}) ${Number(score).toPrecision(2)}`);
  }
  return report.audits['cumulative-layout-shift']?.numericValue;
}

/** Both runs of one page of the site at `siteUrl`; `headerBytes`: the server's, by path. */
export async function measurePage(
  site: string,
  siteUrl: string,
  page: BenchPage,
  headerBytes: Map<string, number>,
): Promise<PageFigures> {
  const started = performance.now();
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
  const phone = await lighthouse(siteUrl + page.path, []);
  if (typeof phone === 'string') figures.errors.push(`phone: ${phone}`);
  else {
    for (const category of CATEGORIES) {
      const { score, auditRefs } = phone.categories[category];
      if (score === null) continue;
      figures.scores[category] = Math.round(score * 100);
      for (const { id, weight } of figures.scores[category] < SCORE ? auditRefs : [])
        if (weight > 0 && (phone.audits[id].score ?? 1) < 1)
          figures.failing.push(`${id} (${category})`);
    }
    figures.clsPhone = layoutShift(phone, 'phone', figures);
  }
  const oneX = await lighthouse(siteUrl + page.path, ['--preset=desktop']);
  if (typeof oneX === 'string') figures.errors.push(`1x: ${oneX}`);
  else {
    figures.cls1x = layoutShift(oneX, '1x', figures);
    figures.bodyBytes = 0;
    for (const { url, resourceType, transferSize } of tableItems(oneX, 'network-requests')) {
      if (!String(url).startsWith(siteUrl)) continue;
      const headers = headerBytes.get(new URL(String(url)).pathname) ?? 0;
      const body = Number(transferSize) - headers;
      figures.headerBytes += headers;
      figures.bodyBytes += body;
      figures.bodies[String(resourceType)] = (figures.bodies[String(resourceType)] ?? 0) + body;
    }
    const total = tableItems(oneX, 'resource-summary').find(
      (item) => item.resourceType === 'total',
    );
    figures.transferred = total && Number(total.transferSize);
    const scripts = oneX.audits['script-treemap-data']?.details;
    if (scripts?.type === 'treemap-data')
      figures.javaScript = scripts.nodes.reduce((sum, node) => sum + node.resourceBytes, 0);
  }
  format.log(
    `${site} ${page.kind} ${page.path}: ${showScores(figures)}, ${format.bytes(figures.bodyBytes)} at 1x${figures.errors.map((error) => `; ${error}`).join('')} in ${format.ms(performance.now() - started)}; load average ${format.loadAverage()}`,
  );
  return figures;
}

const showScores = (figures: PageFigures) =>
  CATEGORIES.map((category) => figures.scores[category] ?? 'n/a').join('/');
const cls = (value: number | undefined) =>
  value === undefined ? 'n/a' : value === 0 ? '0' : value.toPrecision(2);

/** The table, what costs points, what moved and what failed, then one line per budget. */
export function reportPages(results: PageFigures[]): string {
  const types = [...new Set(results.flatMap((figures) => Object.keys(figures.bodies)))];
  const table = format.table(results, [
    ['page', ({ site, page }) => `${site} ${page.kind}`],
    ['path', ({ page }) => page.path],
    ['phone: scores', showScores],
    ['CLS', ({ clsPhone }) => cls(clsPhone)],
    ...types.map((type): format.Column<PageFigures> => [
      `1x: ${type}`,
      ({ bodies }) => format.bytes(bodies[type] ?? 0),
    ]),
    ['bodies', ({ bodyBytes }) => format.bytes(bodyBytes)],
    ['headers', ({ headerBytes }) => format.bytes(headerBytes)],
    ['Lighthouse', ({ transferred }) => format.bytes(transferred)],
    ['JS', ({ javaScript }) => format.bytes(javaScript)],
    ['CLS', ({ cls1x }) => cls(cls1x)],
  ]);
  const notes = results.flatMap(({ site, page, failing, shifted, errors }) => [
    ...(failing.length > 0 ? [`${site} ${page.path} loses points on: ${failing.join(', ')}`] : []),
    ...(shifted.length > 0 ? [`${site} ${page.path} moved: ${shifted.join(', ')}`] : []),
    ...errors.map((error) => `${site} ${page.path}: ${error}`),
  ]);
  return [
    table,
    'scores: performance/accessibility/best-practices/seo. "bodies" is what crosses the wire without the HTTP/1.1 headers of this server; "Lighthouse" (its resource-summary total) includes them, and an HTTP/2 host such as Netlify sends repeated headers once. JS: parsed, files and inline.',
    ...notes,
    '',
    format.verdicts(pagesVerdicts(results)),
  ].join('\n');
}

/** One line per budget, over every page of every site: the pages that miss it, or the highest figure. */
function pagesVerdicts(results: PageFigures[]): format.Verdict[] {
  /** `pass` is undefined where the page was not measured. */
  const verdict = (
    target: string,
    pass: (figures: PageFigures) => boolean | undefined,
    show: (figures: PageFigures) => string,
    figure?: (figures: PageFigures) => number,
  ): format.Verdict => {
    const misses = results.filter((figures) => pass(figures) !== true);
    const highest = figure && results.reduce((a, b) => (figure(b) > figure(a) ? b : a));
    const name = (figures: PageFigures) => `${figures.site} ${figures.page.kind}`;
    return {
      target,
      pass: misses.some((figures) => pass(figures) === false)
        ? false
        : misses.length === 0 || undefined,
      measured:
        misses.map((figures) => `${name(figures)} ${show(figures)}`).join('; ') ||
        `all ${results.length} pages${highest ? `; highest ${show(highest)} (${name(highest)})` : ''}`,
    };
  };
  const measured = (value: number | undefined, max: number) =>
    value === undefined ? undefined : value < max;
  const judged = ({ scores }: PageFigures) => CATEGORIES.map((category) => scores[category]);
  return [
    verdict(
      `Lighthouse ${SCORE} in all four categories (phone)`,
      (figures) =>
        judged(figures).includes(undefined)
          ? undefined
          : judged(figures).every((score) => score === SCORE),
      showScores,
    ),
    verdict(
      `first visit under ${TRANSFER_MAX / 1024} KB transferred at 1x, text gzipped`,
      ({ bodyBytes }) => measured(bodyBytes, TRANSFER_MAX),
      ({ bodyBytes, transferred }) =>
        `${format.bytes(bodyBytes)} (${format.bytes(transferred)} with headers)`,
      ({ bodyBytes }) => bodyBytes ?? 0,
    ),
    verdict(
      `under ${JS_MAX / 1024} KB of JavaScript`,
      ({ javaScript }) => measured(javaScript, JS_MAX),
      ({ javaScript }) => format.bytes(javaScript),
      ({ javaScript }) => javaScript ?? 0,
    ),
    verdict(
      'CLS 0 (phone and 1x)',
      ({ clsPhone, cls1x }) =>
        clsPhone === undefined || cls1x === undefined ? undefined : clsPhone + cls1x === 0,
      ({ clsPhone, cls1x }) => `${cls(clsPhone)} ${cls(cls1x)}`,
      ({ clsPhone, cls1x }) => Math.max(clsPhone ?? 0, cls1x ?? 0),
    ),
  ];
}
