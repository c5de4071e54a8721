// Part 3 of `npm run bench`: Lighthouse's four scores for each kind of page, against the budget
// of 100. Lighthouse runs from npm with its phone profile (a mid-range phone, simulated slow 4G),
// in Debian's Chromium, against the built site on the local static server: nothing leaves the
// machine.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FEED_PATH } from '../src/site/directory-paths.ts';
import {
  CHROMIUM_FLAGS,
  CHROMIUM_PATH,
  HOW_TO_GET_CHROMIUM,
  hasChromium,
} from '../tooling/chromium.ts';
import { runScript } from '../tooling/run-script.ts';
import { formatLoadAverage, formatMs, formatTable, type Verdict } from './report-format.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const BUDGET = 100;

export interface LighthouseResult {
  /** The path of the page on the site, e.g. `/zh/partners/`. */
  page: string;
  /** 0 to 100; undefined when Lighthouse could not score the category. */
  scores: Record<Category, number | undefined>;
  /** Largest Contentful Paint, Total Blocking Time, Cumulative Layout Shift: why a score is low. */
  lcpMs?: number;
  tbtMs?: number;
  cls?: number;
  /** The audits that cost points, e.g. `color-contrast (accessibility)`. */
  failing: string[];
  /** Lighthouse's own error, when it produced no report. */
  error?: string;
}

interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; numericValue?: number }>;
  runtimeError?: { message: string };
}

/** The pages Lighthouse checks: both languages of the directory and one organization's page. */
export async function lighthousePages(outDir: string): Promise<string[]> {
  const feed = JSON.parse(await readFile(path.join(outDir, FEED_PATH), 'utf8')) as {
    partners: { page: { en: string } }[];
  };
  const organization = feed.partners[0] && new URL(feed.partners[0].page.en).pathname;
  return [
    '/partners/',
    '/zh/partners/',
    ...(organization ? [organization] : []),
    // The longest program page, in Chinese (issue "Program pages").
    '/zh/partners/programs/adopter-group/',
    // The Adopter Group list, where the configuration names one (karmada.io's /adopters/).
    ...(existsSync(path.join(outDir, 'adopters/index.html'))
      ? ['/adopters/', '/zh/adopters/']
      : []),
  ];
}

/** Runs Lighthouse on each page of the site served at `siteUrl`, one page after the other. */
export async function measureLighthouse(
  siteUrl: string,
  pages: string[],
  log: (line: string) => void,
): Promise<LighthouseResult[]> {
  if (!hasChromium()) throw new Error(HOW_TO_GET_CHROMIUM);
  const reportDir = await mkdtemp(path.join(os.tmpdir(), 'karmada-partners-lighthouse-'));
  const results: LighthouseResult[] = [];
  try {
    for (const page of pages) {
      const reportFile = path.join(reportDir, `${results.length}.json`);
      const run = await runScript(
        'node_modules/lighthouse/cli/index.js',
        [
          siteUrl + page,
          `--only-categories=${CATEGORIES.join(',')}`,
          `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
          '--output=json',
          `--output-path=${reportFile}`,
          '--quiet',
        ],
        // Lighthouse finds the browser through CHROME_PATH.
        { env: { CHROME_PATH: CHROMIUM_PATH } },
      );
      const result = await readReport(page, reportFile, run.stderr);
      log(
        `${page}: ${result.error ? `FAILED (${result.error})` : CATEGORIES.map((category) => `${category} ${result.scores[category] ?? '?'}`).join(', ')} in ${formatMs(run.wallMs)}; load average ${formatLoadAverage()}`,
      );
      results.push(result);
    }
  } finally {
    await rm(reportDir, { recursive: true, force: true });
  }
  return results;
}

async function readReport(page: string, file: string, stderr: string): Promise<LighthouseResult> {
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, undefined])) as Record<
    Category,
    number | undefined
  >;
  let report: LighthouseReport;
  try {
    report = JSON.parse(await readFile(file, 'utf8')) as LighthouseReport;
  } catch {
    const reason = stderr.trim().split('\n').at(-1) || 'no report written';
    return { page, scores, failing: [], error: reason };
  }
  const failing: string[] = [];
  for (const category of CATEGORIES) {
    const entry = report.categories[category];
    if (entry?.score === null || entry?.score === undefined) continue;
    scores[category] = Math.round(entry.score * 100);
    // An audit just short of 1 in a category that still rounds to 100 costs nothing worth naming.
    if (scores[category] === 100) continue;
    for (const ref of entry.auditRefs) {
      const score = report.audits[ref.id]?.score;
      if (ref.weight > 0 && score !== null && score !== undefined && score < 1)
        failing.push(`${ref.id} (${category})`);
    }
  }
  const metric = (id: string) => report.audits[id]?.numericValue;
  return {
    page,
    scores,
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    failing,
    error: report.runtimeError?.message,
  };
}

export function formatLighthouseTable(results: LighthouseResult[]): string {
  const rows = results.map((result) => [
    result.page,
    ...CATEGORIES.map((category) => String(result.scores[category] ?? 'n/a')),
    formatMs(result.lcpMs),
    formatMs(result.tbtMs),
    result.cls === undefined ? 'n/a' : result.cls.toFixed(3),
  ]);
  const notes = results.flatMap((result) =>
    result.failing.length > 0
      ? [`${result.page} loses points on: ${result.failing.join(', ')}`]
      : [],
  );
  return [
    formatTable(['Lighthouse (phone)', ...CATEGORIES, 'LCP', 'TBT', 'CLS'], rows),
    ...notes,
  ].join('\n');
}

export function lighthouseVerdicts(results: LighthouseResult[]): Verdict[] {
  return results.map((result) => {
    const scored = CATEGORIES.map((category) => result.scores[category]);
    return {
      target: `Lighthouse ${BUDGET} in all four categories on ${result.page}`,
      pass:
        result.error || scored.includes(undefined) ? undefined : scored.every((s) => s === BUDGET),
      measured: result.error
        ? `not measured: ${result.error}`
        : CATEGORIES.map((category, index) => `${category} ${scored[index] ?? 'n/a'}`).join(', '),
    };
  });
}
