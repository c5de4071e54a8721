// Part 1 of `npm run bench`: how the build scales with the number of partners (issue "Logos").
// For each size: a synthetic partners folder, a cold build (empty logo cache), a warm build
// (same data, cache full), the logo bytes written and referenced, and peak memory.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LOGO_URL_PREFIX } from '../src/site/directory-paths.ts';
import { fileSizes, runBuild, type BuildRun } from './build-run.ts';
import {
  formatBytes,
  formatLoadAverage,
  formatMs,
  formatTable,
  type Verdict,
} from './report-format.ts';
import { writeSyntheticPartners, type SyntheticSet } from './synthetic-partners.ts';

export interface ScalingResult {
  size: number;
  data: SyntheticSet;
  generateMs: number;
  cold: BuildRun;
  warm: BuildRun;
  logoFiles: number;
  logoBytes: number;
  /** The directory page's own HTML. */
  pageHtmlBytes: number;
  /** AVIF logos the directory page references, each once: what a visitor fetches after scrolling through it all. */
  pageLogoBytes1x: number;
  pageLogoBytes2x: number;
}

export async function measureBuildScaling(
  projectRoot: string,
  workDir: string,
  sizes: number[],
  log: (line: string) => void,
): Promise<ScalingResult[]> {
  const results: ScalingResult[] = [];
  for (const size of sizes) {
    const dir = path.join(workDir, `partners-${size}`);
    const partnersDir = path.join(dir, 'partners');
    const outDir = path.join(dir, 'site');
    const cacheDir = path.join(dir, 'logo-cache');
    await mkdir(cacheDir, { recursive: true });

    const generating = performance.now();
    const data = await writeSyntheticPartners(partnersDir, size);
    const generateMs = performance.now() - generating;
    log(
      `N=${size}: ${data.pngLogos} PNG + ${data.svgLogos} SVG logos (${formatBytes(data.logoSourceBytes)}) generated in ${formatMs(generateMs)}; load average ${formatLoadAverage()}`,
    );

    const build = async (label: string) => {
      const run = await runBuild({ projectRoot, partnersDir, outDir, cacheDir });
      log(
        `N=${size}: ${label} build ${run.ok ? 'done' : `FAILED (exit ${run.exitCode})`} in ${formatMs(run.wallMs)}; logos: ${run.logosEncoded ?? '?'} encoded, ${run.logosCached ?? '?'} from cache`,
      );
      if (!run.ok)
        throw new Error(
          `the ${label} build of ${size} synthetic partners failed; its output ends with:\n${run.log.split('\n').slice(-30).join('\n')}`,
        );
      return run;
    };
    const cold = await build('cold');
    const warm = await build('warm');

    const logos = await fileSizes(path.join(outDir, LOGO_URL_PREFIX));
    const html = await readFile(path.join(outDir, 'partners', 'index.html'), 'utf8');
    const referenced = referencedAvifLogos(html);
    const sum = (names: Set<string>) =>
      [...names].reduce((total, name) => total + (logos.get(name) ?? 0), 0);
    results.push({
      size,
      data,
      generateMs,
      cold,
      warm,
      logoFiles: logos.size,
      logoBytes: [...logos.values()].reduce((total, bytes) => total + bytes, 0),
      pageHtmlBytes: Buffer.byteLength(html),
      pageLogoBytes1x: sum(referenced.get(1) ?? new Set()),
      pageLogoBytes2x: sum(referenced.get(2) ?? new Set()),
    });
  }
  return results;
}

/** File names of the AVIF logos a page's <source> elements offer, by pixel density. */
function referencedAvifLogos(html: string): Map<number, Set<string>> {
  const byScale = new Map<number, Set<string>>();
  for (const source of html.matchAll(/<source\b[^>]*>/g)) {
    if (!/type="image\/avif"/.test(source[0])) continue;
    const srcset = /srcset="([^"]*)"/.exec(source[0])?.[1] ?? '';
    for (const candidate of srcset.split(',')) {
      const [url, descriptor = '1x'] = candidate.trim().split(/\s+/);
      const scale = Number.parseFloat(descriptor);
      if (!byScale.has(scale)) byScale.set(scale, new Set());
      byScale.get(scale)!.add(path.posix.basename(url));
    }
  }
  return byScale;
}

export function formatScalingTable(results: ScalingResult[]): string {
  const header = [
    'partners',
    'cold',
    'warm',
    'warm/cold',
    'CPU cold/warm',
    'logo step cold/warm',
    'warm logos',
    'logo files',
    'logos in dist',
    'page logos 1x/2x',
    'page HTML',
    'peak RSS',
  ];
  const rows = results.map((result) => {
    const peak = Math.max(result.cold.peakRssBytes ?? 0, result.warm.peakRssBytes ?? 0);
    return [
      String(result.size),
      formatMs(result.cold.wallMs),
      formatMs(result.warm.wallMs),
      `${Math.round((result.warm.wallMs / result.cold.wallMs) * 100)}%`,
      `${formatMs(result.cold.cpuMs)}/${formatMs(result.warm.cpuMs)}`,
      `${formatMs(result.cold.logoStepDoneMs)}/${formatMs(result.warm.logoStepDoneMs)}`,
      `${result.warm.logosEncoded ?? '?'} enc/${result.warm.logosCached ?? '?'} hit`,
      String(result.logoFiles),
      formatBytes(result.logoBytes),
      `${formatBytes(result.pageLogoBytes1x)}/${formatBytes(result.pageLogoBytes2x)}`,
      formatBytes(result.pageHtmlBytes),
      formatBytes(peak || undefined),
    ];
  });
  return formatTable(header, rows);
}

// Targets from the issue "Logos".
const WARM_SHARE_MAX = 0.4;
const COLD_GROWTH_MAX = 15;
const PEAK_MEMORY_MAX = 1.5 * 1024 ** 3;

export function scalingVerdicts(results: ScalingResult[]): Verdict[] {
  const verdicts: Verdict[] = results.map((result) => {
    const share = result.warm.wallMs / result.cold.wallMs;
    return {
      target: `N=${result.size} warm rebuild <= ${WARM_SHARE_MAX * 100}% of cold`,
      pass: share <= WARM_SHARE_MAX,
      measured: `${formatMs(result.warm.wallMs)} / ${formatMs(result.cold.wallMs)} = ${Math.round(share * 100)}% (CPU time: ${percent(result.warm.cpuMs, result.cold.cpuMs)}; warm run encoded ${result.warm.logosEncoded ?? '?'}, took ${result.warm.logosCached ?? '?'} from cache)`,
    };
  });
  const hundred = results.find((result) => result.size === 100);
  const thousand = results.find((result) => result.size === 1000);
  verdicts.push(
    hundred && thousand
      ? {
          target: `1000-partner cold build <= ${COLD_GROWTH_MAX}x the 100-partner one`,
          pass: thousand.cold.wallMs <= COLD_GROWTH_MAX * hundred.cold.wallMs,
          measured: `${formatMs(thousand.cold.wallMs)} / ${formatMs(hundred.cold.wallMs)} = ${(thousand.cold.wallMs / hundred.cold.wallMs).toFixed(1)}x (CPU time: ${ratio(thousand.cold.cpuMs, hundred.cold.cpuMs)})`,
        }
      : {
          target: `1000-partner cold build <= ${COLD_GROWTH_MAX}x the 100-partner one`,
          pass: undefined,
          measured: 'needs sizes 100 and 1000 (--sizes 10,100,1000)',
        },
  );
  if (results.length > 0) {
    const worst = results
      .flatMap((result) =>
        [result.cold, result.warm].map((run) => ({
          size: result.size,
          bytes: run.peakRssBytes ?? 0,
        })),
      )
      .reduce((a, b) => (b.bytes > a.bytes ? b : a));
    verdicts.push({
      target: 'peak memory of a build < 1.5 GiB',
      pass: worst.bytes < PEAK_MEMORY_MAX,
      measured: `${formatBytes(worst.bytes)} (N=${worst.size})`,
    });
  }
  return verdicts;
}

const ratio = (a: number | undefined, b: number | undefined) =>
  a && b ? `${(a / b).toFixed(1)}x` : 'n/a';
const percent = (a: number | undefined, b: number | undefined) =>
  a && b ? `${Math.round((a / b) * 100)}%` : 'n/a';
