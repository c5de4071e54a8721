import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IntoError, MANIFEST_FILE, addDirectoryInto } from '../../src/deploy/into-site.ts';
import { INTO_HOST_ENV, hostLink } from '../../src/deploy/host-links.ts';
import { snapshot } from '../support/snapshot.ts';

const FOLDERS = ['/partners/', '/zh/partners/'];
/** The folders of a configuration whose program names `list: adopters`. */
const WITH_LIST = [...FOLDERS, '/adopters/', '/zh/adopters/'];

const tempDir = (prefix: string) => mkdtemp(path.join(os.tmpdir(), `karmada-into-${prefix}-`));

async function writeTree(root: string, files: Record<string, string>): Promise<string> {
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), content);
  }
  return root;
}

/** A standalone build, reduced to what matters here: root files and the directory's folders. */
const BUILT = {
  'index.html': 'standalone redirect',
  'robots.txt': 'standalone robots',
  _headers: '/partners/*\n  X-Content-Type-Options: nosniff\n',
  'partners/index.html': 'directory',
  'partners/acme/index.html': 'acme page',
  'partners/logos/acme-1234567890.avif': 'logo',
  'partners/404.html': 'not found',
  'zh/index.html': 'standalone zh redirect',
  'zh/partners/index.html': 'zh directory',
  'zh/partners/acme/index.html': 'zh acme page',
};

/** The other site's build: its own pages, and nothing of the directory yet. */
const SITE = {
  'index.html': 'karmada home',
  'zh/index.html': 'karmada zh home',
  'sitemap.xml': '<urlset/>',
  'img/logo.svg': '<svg/>',
  'assets/js/main.js': 'main',
};

describe('adding the directory into a built site', () => {
  it('adds only the files of partners/ and zh/partners/, and a manifest of them', async () => {
    const built = await writeTree(await tempDir('built'), BUILT);
    const site = await writeTree(await tempDir('site'), SITE);
    const result = await addDirectoryInto(built, site, { folders: FOLDERS });
    expect(result.written).toEqual([
      'partners/404.html',
      'partners/acme/index.html',
      'partners/index.html',
      'partners/logos/acme-1234567890.avif',
      'zh/partners/acme/index.html',
      'zh/partners/index.html',
    ]);
    const after = await snapshot(site);
    const before = await snapshot(await writeTree(await tempDir('expected'), SITE));
    for (const [file, hash] of Object.entries(before)) expect(after[file], file).toBe(hash);
    expect(Object.keys(after).sort()).toEqual(
      [...Object.keys(SITE), ...result.written, MANIFEST_FILE].sort(),
    );
    expect(await readFile(path.join(site, 'zh/partners/acme/index.html'), 'utf8')).toBe(
      'zh acme page',
    );
    const manifest = JSON.parse(await readFile(path.join(site, MANIFEST_FILE), 'utf8'));
    expect(manifest.files).toEqual(result.written);
  });

  it("refuses to overwrite the site's own files, names them and changes nothing", async () => {
    const built = await writeTree(await tempDir('built'), BUILT);
    const site = await writeTree(await tempDir('site'), {
      ...SITE,
      'partners/index.html': "the site's own partners page",
    });
    const before = await snapshot(site);
    const refusal = addDirectoryInto(built, site, { folders: FOLDERS });
    await expect(refusal).rejects.toThrow(IntoError);
    await expect(refusal).rejects.toThrow(
      `refusing to overwrite a file the directory did not write: ${path.join(site, 'partners/index.html')}`,
    );
    expect(await snapshot(site)).toEqual(before);
  });

  it('overwrites them with replace, and says which', async () => {
    const built = await writeTree(await tempDir('built'), BUILT);
    const site = await writeTree(await tempDir('site'), {
      ...SITE,
      'partners/index.html': "the site's own partners page",
    });
    const result = await addDirectoryInto(built, site, { folders: FOLDERS, replace: true });
    expect(result.replacedForeign).toEqual(['partners/index.html']);
    expect(await readFile(path.join(site, 'partners/index.html'), 'utf8')).toBe('directory');
  });

  it('replaces its own files on a rerun, and removes those the new build no longer has', async () => {
    const built = await writeTree(await tempDir('built'), BUILT);
    const site = await writeTree(await tempDir('site'), SITE);
    await addDirectoryInto(built, site, { folders: FOLDERS });

    const {
      'partners/acme/index.html': _acme,
      'zh/partners/acme/index.html': _zhAcme,
      ...rest
    } = BUILT;
    const rebuilt = await writeTree(await tempDir('built'), {
      ...rest,
      'partners/index.html': 'directory, second edition',
      'partners/logos/acme-1234567890.avif': 'logo',
    });
    const result = await addDirectoryInto(rebuilt, site, { folders: FOLDERS });
    expect(result.removed).toEqual(['partners/acme/index.html', 'zh/partners/acme/index.html']);
    expect(existsSync(path.join(site, 'partners/acme'))).toBe(false);
    expect(existsSync(path.join(site, 'zh/partners/acme'))).toBe(false);
    expect(await readFile(path.join(site, 'partners/index.html'), 'utf8')).toBe(
      'directory, second edition',
    );
    expect(await readFile(path.join(site, 'index.html'), 'utf8')).toBe('karmada home');
  });

  it('never deletes outside its folders, whatever the manifest says', async () => {
    const built = await writeTree(await tempDir('built'), BUILT);
    const site = await writeTree(await tempDir('site'), {
      ...SITE,
      [MANIFEST_FILE]: JSON.stringify({
        generator: 'partners-directory',
        version: 1,
        files: ['index.html', 'partners/../index.html', '../outside.txt', 'img/logo.svg'],
      }),
    });
    await addDirectoryInto(built, site, { folders: FOLDERS });
    expect(await readFile(path.join(site, 'index.html'), 'utf8')).toBe('karmada home');
    expect(existsSync(path.join(site, 'img/logo.svg'))).toBe(true);
  });

  it('leaves nothing behind when copying fails halfway', async () => {
    const built = await writeTree(await tempDir('built'), BUILT);
    const site = await writeTree(await tempDir('site'), SITE);
    const before = await snapshot(site);
    let copies = 0;
    const failing: typeof copyFile = async (from, to) => {
      if (++copies === 4) throw new Error('ENOSPC: no space left on device');
      return copyFile(from, to);
    };
    await expect(
      addDirectoryInto(built, site, { folders: FOLDERS, copy: failing }),
    ).rejects.toThrow('ENOSPC');
    expect(await snapshot(site)).toEqual(before);
    expect(existsSync(path.join(site, 'partners'))).toBe(false);
  });

  it('refuses a site folder that is missing, or a file in the way of a folder', async () => {
    const built = await writeTree(await tempDir('built'), BUILT);
    await expect(
      addDirectoryInto(built, path.join(os.tmpdir(), 'no-such-site'), { folders: FOLDERS }),
    ).rejects.toThrow(
      /no-such-site is not a folder: --into takes the folder of an already built site/,
    );
    const site = await writeTree(await tempDir('site'), { ...SITE, 'zh/partners': 'a file' });
    await expect(addDirectoryInto(built, site, { folders: FOLDERS })).rejects.toThrow(
      `${path.join(site, 'zh/partners')} is in the way of zh/partners/acme/index.html`,
    );
  });

  it('refuses a damaged manifest rather than guessing what it owns', async () => {
    const built = await writeTree(await tempDir('built'), BUILT);
    const site = await writeTree(await tempDir('site'), { ...SITE, [MANIFEST_FILE]: '{not json' });
    await expect(addDirectoryInto(built, site, { folders: FOLDERS })).rejects.toThrow(
      `${MANIFEST_FILE} in ${site} is not a partners-directory manifest`,
    );
  });

  it("writes the adopters list the configuration names, refusing the site's own adopters pages", async () => {
    const built = await writeTree(await tempDir('built'), {
      ...BUILT,
      'adopters/index.html': 'adopters list',
      'zh/adopters/index.html': 'zh adopters list',
    });
    const site = await writeTree(await tempDir('site'), {
      ...SITE,
      'adopters/index.html': "the site's own adopters page (src/pages/adopters.md)",
      'zh/adopters/index.html': "the site's own Chinese adopters page",
    });
    const before = await snapshot(site);
    await expect(addDirectoryInto(built, site, { folders: WITH_LIST })).rejects.toThrow(
      `refusing to overwrite 2 files the directory did not write: ${path.join(site, 'adopters/index.html')}, ${path.join(site, 'zh/adopters/index.html')}`,
    );
    expect(await snapshot(site)).toEqual(before);
    const result = await addDirectoryInto(built, site, { folders: WITH_LIST, replace: true });
    expect(result.replacedForeign).toEqual(['adopters/index.html', 'zh/adopters/index.html']);
    expect(await readFile(path.join(site, 'zh/adopters/index.html'), 'utf8')).toBe(
      'zh adopters list',
    );
    const manifest = JSON.parse(await readFile(path.join(site, MANIFEST_FILE), 'utf8'));
    expect(manifest.files).toEqual(expect.arrayContaining(['adopters/index.html']));
    // A build without the list pages removes what the last one wrote there.
    const without = await writeTree(await tempDir('built'), BUILT);
    const rerun = await addDirectoryInto(without, site, { folders: WITH_LIST });
    expect(rerun.removed).toEqual(['adopters/index.html', 'zh/adopters/index.html']);
    expect(existsSync(path.join(site, 'adopters/index.html'))).toBe(false);
  });
});

describe("links to the host site's own pages", () => {
  it('stay absolute in the standalone build, and become root-relative in a build for --into', async () => {
    const site = 'https://karmada.io';
    const { PARTNERS_INTO_HOST: before } = process.env;
    try {
      delete process.env.PARTNERS_INTO_HOST;
      expect(hostLink('https://karmada.io/docs/', site)).toBe('https://karmada.io/docs/');
      process.env[INTO_HOST_ENV] = '1';
      expect(hostLink('https://karmada.io/docs/', site)).toBe('/docs/');
      expect(hostLink('https://karmada.io/zh/search?q=a#top', site)).toBe('/zh/search?q=a#top');
      expect(hostLink('https://karmada.io/', site)).toBe('/');
      // Another site, or another origin of the same name, is left alone.
      expect(hostLink('https://github.com/karmada-io/karmada', site)).toBe(
        'https://github.com/karmada-io/karmada',
      );
      expect(hostLink('http://karmada.io/docs/', site)).toBe('http://karmada.io/docs/');
      expect(hostLink('https://docs.karmada.io/', site)).toBe('https://docs.karmada.io/');
    } finally {
      if (before === undefined) delete process.env.PARTNERS_INTO_HOST;
      else process.env.PARTNERS_INTO_HOST = before;
    }
  });
});
