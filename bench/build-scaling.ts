// Part 1 of `npm run bench`: how the build scales with the number of partners (issue "Logos"):
// per size, a cold and a warm build of synthetic partners, the logo bytes, and peak memory.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { LOGO_URL_PREFIX } from '../src/site/directory-paths.ts';
import { runBuild } from './build-run.ts';
import * as format from './report-format.ts';
import { writeSyntheticPartners } from './synthetic-partners.ts';

export async function benchBuildScaling(workDir: string, sizes: number[]): Promise<string> {
  const results: ScalingResult[] = [];
  for (const size of sizes)
    results.push(await scaleTo(size, path.join(workDir, `partners-${size}`)));
  return `${scalingTable(results)}\n\n${format.verdicts(scalingVerdicts(results))}`;
}

type ScalingResult = Awaited<ReturnType<typeof scaleTo>>;

async function scaleTo(size: number, dir: string) {
  const partnersDir = path.join(dir, 'partners');
  const outDir = path.join(dir, 'site');
  const generating = performance.now();
  const data = await writeSyntheticPartners(partnersDir, size);
  format.log(
    `N=${size}: ${data.pngLogos} PNG + ${data.svgLogos} SVG logos (${format.bytes(data.logoSourceBytes)}) generated in ${format.ms(performance.now() - generating)}; load average ${format.loadAverage()}`,
  );
  const build = async (label: string) => {
    const options = { partnersDir, outDir, cacheDir: path.join(dir, 'logo-cache') };
    const run = await runBuild(`${label} build of ${size} synthetic partners`, options);
    format.log(
      `N=${size}: ${label} build done in ${format.ms(run.wallMs)}; logos: ${run.logosEncoded} encoded, ${run.logosCached} from cache`,
    );
    return run;
  };
  const cold = await build('cold');
  const warm = await build('warm');

  const logoDir = path.join(outDir, LOGO_URL_PREFIX);
  const bytesOf = async (names: Iterable<string>) => {
    let total = 0;
    for (const name of names) total += (await stat(path.join(logoDir, name))).size;
    return total;
  };
  const names = await readdir(logoDir);
  const html = await readFile(path.join(outDir, 'partners', 'index.html'), 'utf8');
  return {
    size,
    cold,
    warm,
    logoFiles: names.length,
    logoBytes: await bytesOf(names),
    pageHtmlBytes: Buffer.byteLength(html),
    // What a visitor fetches after scrolling through the whole directory page.
    pageLogoBytes: [await bytesOf(avifLogos(html, '1')), await bytesOf(avifLogos(html, '2'))],
  };
}

/** The file names of the AVIF logos the page offers at a density (`1` for 1x), each once. */
const avifLogos = (html: string, density: string) =>
  new Set(
    Array.from(html.matchAll(new RegExp(`/([^/\\s",]+\\.avif) ${density}x`, 'g')), ([, n]) => n),
  );

const scalingTable = (results: ScalingResult[]) =>
  format.table(results, [
    ['partners', ({ size }) => String(size)],
    ['cold', ({ cold }) => format.ms(cold.wallMs)],
    ['warm', ({ warm }) => format.ms(warm.wallMs)],
    ['warm/cold', ({ cold, warm }) => percent(warm.wallMs, cold.wallMs)],
    ['CPU cold/warm', ({ cold, warm }) => `${format.ms(cold.cpuMs)}/${format.ms(warm.cpuMs)}`],
    [
      'logo step cold/warm',
      ({ cold, warm }) => `${format.ms(cold.directoryReadyMs)}/${format.ms(warm.directoryReadyMs)}`,
    ],
    ['warm logos', ({ warm }) => `${warm.logosEncoded} enc/${warm.logosCached} hit`],
    ['logo files', ({ logoFiles }) => String(logoFiles)],
    ['logos in dist', ({ logoBytes }) => format.bytes(logoBytes)],
    ['page logos 1x/2x', ({ pageLogoBytes }) => pageLogoBytes.map(format.bytes).join('/')],
    ['page HTML', ({ pageHtmlBytes }) => format.bytes(pageHtmlBytes)],
    ['peak RSS', (result) => format.bytes(peakRss(result))],
  ]);

// Targets from the issue "Logos".
const WARM_SHARE_MAX = 0.4;
const COLD_GROWTH_MAX = 15;
const PEAK_MEMORY_MAX = 1.5 * 1024 ** 3;

function scalingVerdicts(results: ScalingResult[]): format.Verdict[] {
  const [hundred, thousand] = [100, 1000].map((n) => results.find(({ size }) => size === n)?.cold);
  // --sizes never leaves the results empty.
  const worst = results.reduce((a, b) => (peakRss(b) > peakRss(a) ? b : a));
  return [
    ...results.map(({ size, cold, warm }) => ({
      target: `N=${size} warm rebuild <= ${WARM_SHARE_MAX * 100}% of cold`,
      pass: warm.wallMs <= WARM_SHARE_MAX * cold.wallMs,
      measured: `${format.ms(warm.wallMs)} / ${format.ms(cold.wallMs)} = ${percent(warm.wallMs, cold.wallMs)} (CPU time: ${percent(warm.cpuMs, cold.cpuMs)}; warm run encoded ${warm.logosEncoded}, took ${warm.logosCached} from cache)`,
    })),
    {
      target: `1000-partner cold build <= ${COLD_GROWTH_MAX}x the 100-partner one`,
      pass: hundred && thousand ? thousand.wallMs <= COLD_GROWTH_MAX * hundred.wallMs : undefined,
      measured:
        hundred && thousand
          ? `${format.ms(thousand.wallMs)} / ${format.ms(hundred.wallMs)} = ${ratio(thousand.wallMs, hundred.wallMs)} (CPU time: ${ratio(thousand.cpuMs, hundred.cpuMs)})`
          : 'needs sizes 100 and 1000 (--sizes 10,100,1000)',
    },
    {
      target: 'peak memory of a build < 1.5 GiB',
      pass: peakRss(worst) < PEAK_MEMORY_MAX,
      measured: `${format.bytes(peakRss(worst))} (N=${worst.size})`,
    },
  ];
}

const peakRss = ({ cold, warm }: ScalingResult) => Math.max(cold.peakRssBytes, warm.peakRssBytes);
const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}x`;
const percent = (a: number, b: number) => `${Math.round((a / b) * 100)}%`;
