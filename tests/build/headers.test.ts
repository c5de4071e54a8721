// The `_headers` and `_redirects` a build writes, and the README's netlify.toml block for a host
// site, read back through Netlify's own parsers and matched against every file of the build;
// each Content-Security-Policy judged by Google's csp_evaluator.
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseAllRedirects } from '@netlify/redirect-parser';
import { CspEvaluator } from 'csp_evaluator/dist/evaluator.js';
import { CspParser } from 'csp_evaluator/dist/parser.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { readHostHeaders, type HostHeaders } from '../../tooling/host-headers.ts';
import { buildFixtureSite, siteFiles } from '../support/build-fixture-site.ts';
import { writeReadmeNetlifyToml } from '../../tooling/readme-netlify-toml.ts';
import { addDirectoryInto } from '../../src/deploy/into-site.ts';
import { routesFor } from '../../src/site/locale-routes.ts';
import { projectConfig } from '../../scripts/project-config.ts';
import { metaPolicyHashes } from '../../src/deploy/content-security-policy.ts';
import { IMMUTABLE, REVALIDATE, SECURITY_HEADERS } from '../../src/deploy/headers-file.ts';

/** What csp_evaluator finds in a policy, as `directive: description`. */
const cspFindings = (policy: string) =>
  new CspEvaluator(new CspParser(policy).csp)
    .evaluate()
    .map((finding) => `${finding.directive}: ${finding.description}`);

/** The URL a file is served at: a folder's index.html at the folder. */
const urlOf = (file: string) => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, '');

const isLogo = (url: string) => url.startsWith('/partners/logos/');
/** The folders the directory writes into a host site: its own and its list pages' (`/adopters/`). */
const PUBLISHED_FOLDERS = routesFor(projectConfig()).publishedFolders();
const isDirectory = (url: string) => PUBLISHED_FOLDERS.some((folder) => url.startsWith(folder));

/**
 * Checks the headers of every file: each security header once with its value, one
 * Content-Security-Policy (two rules for one path would join theirs with a comma), and the
 * Cache-Control its name calls for. Returns the policies, by URL.
 */
async function checkEveryFile(
  root: string,
  headersOf: HostHeaders,
  files: string[],
): Promise<Map<string, string>> {
  const policies = new Map<string, string>();
  for (const file of files) {
    const url = urlOf(file);
    const headers = headersOf(url);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(headers[name], url).toBe(value);
    expect(headers['Cache-Control'], url).toBe(isLogo(url) ? IMMUTABLE : REVALIDATE);
    const policy = headers['Content-Security-Policy'];
    expect(policy, url).toMatch(/^[^,]+$/);
    expect(policy, url).toContain("frame-ancestors 'self'");
    if (file.endsWith('.html')) {
      // The header allows every script and style the page's own <meta> policy allows.
      const html = await readFile(path.join(root, file), 'utf8');
      expect(html, url).toContain('<meta http-equiv="content-security-policy"');
      const meta = metaPolicyHashes(html);
      for (const hash of [...meta.script, ...meta.style])
        if (policy.includes('script-src')) expect(policy, url).toContain(hash);
    } else if (isLogo(url))
      expect(policy, url).toBe("default-src 'none'; frame-ancestors 'self'; sandbox");
    policies.set(url, policy);
  }
  return policies;
}

describe('the standalone build: _headers and _redirects', () => {
  let outDir: string;
  let files: string[];
  let headersOf: HostHeaders;
  beforeAll(async () => {
    outDir = await buildFixtureSite();
    files = (await siteFiles(outDir)).filter((file) => !['_headers', '_redirects'].includes(file));
    headersOf = await readHostHeaders(outDir);
  });

  it('every file, the root pages and robots.txt included, gets the headers meant for it', async () => {
    expect(files).toEqual(expect.arrayContaining(['index.html', '404.html', 'robots.txt']));
    expect(files.some((file) => file.startsWith(path.join('partners', 'programs')))).toBe(true);
    const policies = await checkEveryFile(outDir, headersOf, files);
    // Each policy is whole: csp_evaluator finds nothing in it, 'self' for scripts included.
    for (const [url, policy] of policies) {
      expect(cspFindings(policy), url).toEqual([]);
      expect(policy, url).toMatch(/^default-src 'none'/);
      expect(policy, url).not.toMatch(/script-src[^;]*'self'/);
    }
    expect(policies.get('/partners/partners.json')).toMatch(/^default-src 'none';/);
    expect(policies.get('/robots.txt')).toBe("default-src 'none'; frame-ancestors 'self'");
  });

  it('no rule reaches past the directory folders: /partnersX is not /partners/', () => {
    for (const url of ['/partnersX', '/partners.html', '/zh/partnersX/', '/docs/', '/zh/docs/'])
      expect(headersOf(url), url).toEqual({});
  });

  it("_redirects serves an unknown URL of each language the 404 page of its language, and only under the directory's folders", async () => {
    const parsed = await parseAllRedirects({
      redirectsFiles: [path.join(outDir, '_redirects')],
      configRedirects: [],
      minimal: false,
    });
    expect(parsed.errors).toEqual([]);
    const redirects = parsed.redirects as {
      path: string;
      to: string;
      status: number;
      force: boolean;
    }[];
    // Netlify's splat: `/partners/*` is /partners and everything under /partners/.
    const target = (url: string) =>
      redirects.find((rule) => {
        const prefix = rule.path.replace(/\/\*$/, '');
        return rule.path.endsWith('/*')
          ? url === prefix || url.startsWith(`${prefix}/`)
          : url === rule.path;
      });
    for (const rule of redirects) {
      expect(rule.status, rule.path).toBe(404);
      // Not forced: a file that exists is served as it is.
      expect(rule.force, rule.path).toBe(false);
      expect(files, rule.path).toContain(rule.to.slice(1));
    }
    for (const [url, notFound] of [
      ['/partners/no-such-org/', '/partners/404.html'],
      ['/partners/programs/no-such-program/', '/partners/404.html'],
      ['/zh/partners/no-such-org/', '/zh/partners/404.html'],
      ['/zh/partners/programs/a/b/', '/zh/partners/404.html'],
    ])
      expect(target(url)?.to, url).toBe(notFound);
    for (const url of ['/partnersX', '/docs/', '/zh/']) expect(target(url), url).toBeUndefined();
  });
});

describe("the directory merged into a Docusaurus build, with the README's netlify.toml", () => {
  it('every directory file gets the headers meant for it; the host’s own files none', async () => {
    const outDir = await buildFixtureSite();
    const parent = await mkdtemp(path.join(os.tmpdir(), 'karmada-headers-'));
    const merged = path.join(parent, 'build');
    await cp(path.resolve('tests/fixtures/docusaurus-build'), merged, { recursive: true });
    await addDirectoryInto(outDir, merged, {
      folders: PUBLISHED_FOLDERS,
      replace: true,
    });
    const headersOf = await readHostHeaders(merged, await writeReadmeNetlifyToml(parent));

    const files = await siteFiles(merged);
    const directoryFiles = files.filter((file) => isDirectory(urlOf(file)));
    expect(directoryFiles.length).toBeGreaterThan(20);
    const policies = await checkEveryFile(
      merged,
      headersOf,
      directoryFiles.filter((file) => !file.endsWith('.into-manifest.json')),
    );
    // The pasted block must not change with each build, so it leaves script-src and style-src,
    // whose hashes do, to each page's <meta> policy: that is all csp_evaluator misses in it, and
    // the <meta> policy beside it is whole.
    for (const [url, policy] of policies)
      if (!isLogo(url))
        expect(cspFindings(policy), url).toEqual(['script-src: script-src directive is missing.']);
    const directoryPage = await readFile(path.join(merged, 'partners/index.html'), 'utf8');
    const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(
      directoryPage,
    )![1];
    expect(cspFindings(meta)).toEqual([]);

    for (const file of files.filter((file) => !isDirectory(urlOf(file))))
      expect(headersOf(urlOf(file)), file).toEqual({});
  });
});
