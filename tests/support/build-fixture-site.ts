import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT as ROOT, runScript } from '../../tooling/run-script.ts';

export const FIXTURE_SITE_PARTNERS = path.join(ROOT, 'tests/fixtures/site/partners');
export const FIXTURE_SITE_PROGRAMS = path.join(ROOT, 'tests/fixtures/site/programs');

/**
 * A site to build: its partners folder, its program pages and, unless it is the project's
 * own, its site.config.yaml.
 */
export interface FixtureSiteInputs {
  partners: string;
  programs: string;
  siteConfig?: string;
}

/** The fixture site of the browser tests: the project's configuration, fixture records and program pages. */
export const FIXTURE_SITE: FixtureSiteInputs = {
  partners: FIXTURE_SITE_PARTNERS,
  programs: FIXTURE_SITE_PROGRAMS,
};

/** The second configuration: another project, three programs, English only. */
export const OTHER_SITE: FixtureSiteInputs = {
  partners: path.join(ROOT, 'tests/fixtures/other-site/partners'),
  programs: path.join(ROOT, 'tests/fixtures/other-site/programs'),
  siteConfig: path.join(ROOT, 'tests/fixtures/other-site/site.config.yaml'),
};

// Everything the built site depends on besides node_modules (package-lock.json stands for that).
const CODE_INPUTS = [
  'src',
  'public',
  'astro.config.mjs',
  'scripts/build.ts',
  'package-lock.json',
  'site.config.yaml',
  'brand',
];

async function inputFiles(entry: string): Promise<string[]> {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return [];
  const entries = await readdir(full, { recursive: true, withFileTypes: true }).catch(() => null);
  if (!entries) return [entry];
  return entries
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.relative(ROOT, path.join(dirent.parentPath, dirent.name)));
}

async function inputsHash(site: FixtureSiteInputs): Promise<string> {
  // A configuration's own brand files (its logos) sit in brand/ beside it.
  const configInputs = site.siteConfig
    ? [site.siteConfig, path.join(path.dirname(site.siteConfig), 'brand')]
    : [];
  const inputs = [...CODE_INPUTS, site.partners, site.programs, ...configInputs];
  const files = (await Promise.all(inputs.map((input) => inputFiles(path.relative(ROOT, input)))))
    .flat()
    .sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(await readFile(path.join(ROOT, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

const BUILD_PREFIX = 'karmada-partners-fixture-site-';
// Every change to src/ makes a new build; one unused for an hour is no one's any more.
const STALE_AFTER_MS = 60 * 60 * 1000;

async function removeStaleBuilds(): Promise<void> {
  for (const name of await readdir(os.tmpdir())) {
    if (!name.startsWith(BUILD_PREFIX)) continue;
    const dir = path.join(os.tmpdir(), name);
    const { mtimeMs } = await stat(dir).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > STALE_AFTER_MS) await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Builds a fixture site (by default tests/fixtures/site/) with `scripts/build.ts` and returns
 * the output folder. The folder is keyed by a hash of the fixture and the site's code, so
 * the browser test files share one build and a rerun without changes builds nothing.
 */
export async function buildFixtureSite(site: FixtureSiteInputs = FIXTURE_SITE): Promise<string> {
  const outDir = path.join(os.tmpdir(), `${BUILD_PREFIX}${await inputsHash(site)}`);
  if (existsSync(outDir)) {
    const now = new Date();
    await utimes(outDir, now, now); // marks it as in use for removeStaleBuilds
    return outDir;
  }
  await removeStaleBuilds();
  // Built beside and renamed: scripts/build.ts only writes its OUT_DIR once the build succeeded,
  // and a concurrent run that finished first simply wins.
  const ownOut = `${outDir}.${process.pid}`;
  const built = await runScript('scripts/build.ts', [], {
    env: {
      PARTNERS_DIR: site.partners,
      PROGRAMS_DIR: site.programs,
      ...(site.siteConfig ? { SITE_CONFIG: site.siteConfig } : {}),
      OUT_DIR: ownOut,
      LOGO_CACHE_DIR: path.join(os.tmpdir(), 'karmada-partners-fixture-logo-cache'),
      ASTRO_LOG_LEVEL: 'warn',
    },
  });
  if (built.code !== 0)
    throw new Error(`building the fixture site failed:\n${built.stdout}\n${built.stderr}`);
  try {
    await rename(ownOut, outDir);
  } catch (error) {
    await rm(ownOut, { recursive: true, force: true });
    if (!existsSync(outDir)) throw error;
  }
  return outDir;
}

/** Every file of a built site, as paths relative to it. */
export async function siteFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.relative(outDir, path.join(dirent.parentPath, dirent.name)))
    .sort();
}

/** The URL path of every HTML page of a built site, e.g. `/zh/partners/acme-cloud/`, and whether it only redirects. */
export async function siteHtmlPages(
  outDir: string,
): Promise<{ path: string; redirect: boolean }[]> {
  const files = (await siteFiles(outDir)).filter((file) => file.endsWith('.html'));
  return Promise.all(
    files.map(async (file) => ({
      path: `/${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1'),
      // Each language's site root is a tiny page with a meta refresh.
      redirect: /<meta http-equiv="refresh"/i.test(await readFile(path.join(outDir, file), 'utf8')),
    })),
  );
}

/** The URL paths of the pages with content (not redirects) of a built site. */
export async function sitePages(outDir: string): Promise<string[]> {
  return (await siteHtmlPages(outDir)).filter((page) => !page.redirect).map((page) => page.path);
}
