// The real Docusaurus 3 host of the --into tests (tests/fixtures/docusaurus-site/): installs it
// once per package-lock.json and builds it once per set of inputs (its files and the patch),
// both in a cache folder that outlives clean clones, so CI and reruns pay for neither twice.
// `node tests/support/docusaurus-site.ts` installs and builds (.ci/run does, before the tests).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../tooling/run-script.ts';

const run = promisify(execFile);

export const DOCUSAURUS_SITE = path.join(PROJECT_ROOT, 'tests/fixtures/docusaurus-site');
/** The changes to karmada-io/website, as a maintainer applies them. */
export const HOST_PATCH = path.join(PROJECT_ROOT, 'host/karmada-website.patch');

const CACHE_ROOT =
  process.env.DOCUSAURUS_SITE_CACHE ??
  path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'karmada-partners');

async function hashFiles(root: string, files: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files.sort())
    hash
      .update(file)
      .update('\0')
      .update(await readFile(path.join(root, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

async function siteFiles(): Promise<string[]> {
  const entries = await readdir(DOCUSAURUS_SITE, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(DOCUSAURUS_SITE, path.join(entry.parentPath, entry.name)));
}

/** Runs a command niced (Docusaurus builds are heavy on a shared 2-core machine). */
async function niced(command: string, args: string[], cwd: string): Promise<void> {
  try {
    await run('nice', ['-n', '10', command, ...args], {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_ENV: 'production', NO_UPDATE_NOTIFIER: '1' },
    });
  } catch (error) {
    const { stdout = '', stderr = '', code, signal } = error as Record<string, string>;
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd} (${signal ?? `exit ${code}`}):\n${stdout}\n${stderr}`,
    );
  }
}

/** The folder holding the fixture's node_modules, installed with `npm ci` when missing. */
export async function installDocusaurusSite(): Promise<string> {
  const key = await hashFiles(DOCUSAURUS_SITE, ['package.json', 'package-lock.json']);
  const dir = path.join(CACHE_ROOT, `docusaurus-site-${key}`);
  if (existsSync(path.join(dir, 'node_modules/.bin/docusaurus'))) return dir;
  const staging = `${dir}.staging`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  for (const file of ['package.json', 'package-lock.json'])
    await cp(path.join(DOCUSAURUS_SITE, file), path.join(staging, file));
  await niced('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], staging);
  await rm(dir, { recursive: true, force: true });
  await rename(staging, dir);
  return dir;
}

/**
 * karmada.io's fixture built by Docusaurus after `git apply` of the patch: the folder
 * `docusaurus build` wrote (treat it as read-only; copy it before adding to it).
 */
export async function buildDocusaurusSite(patch = HOST_PATCH): Promise<string> {
  const installed = await installDocusaurusSite();
  const key = createHash('sha256')
    .update(await hashFiles(DOCUSAURUS_SITE, await siteFiles()))
    .update(await readFile(patch))
    .digest('hex')
    .slice(0, 16);
  const out = path.join(installed, 'builds', key);
  if (existsSync(path.join(out, 'index.html'))) return out;
  // Inside the install folder, so the site finds node_modules one level up.
  const work = path.join(installed, 'site');
  await rm(work, { recursive: true, force: true });
  await cp(DOCUSAURUS_SITE, work, { recursive: true });
  await niced('git', ['apply', patch], work);
  const staging = `${out}.staging`;
  await rm(staging, { recursive: true, force: true });
  await niced(
    path.join(installed, 'node_modules/.bin/docusaurus'),
    ['build', '--config', 'docusaurus.fixture.config.js', '--out-dir', staging],
    work,
  );
  await rename(staging, out);
  return out;
}

if (import.meta.main) {
  const started = performance.now();
  const built = await buildDocusaurusSite();
  console.log(
    `Docusaurus fixture host built in ${built} (${Math.round((performance.now() - started) / 1000)} s)`,
  );
}
