// `npm run build -- --into DIR`: adds the built directory to another site's built folder
// (a Docusaurus `build/`, say). It touches nothing outside the directory's folders, never
// overwrites a file it did not write itself unless told to (`replace`), remembers what it
// wrote in a manifest so the next run may replace exactly those files, and either adds
// everything or changes nothing.
import { existsSync } from 'node:fs';
import {
  copyFile,
  mkdir,
  readdir,
  readFile,
  rename,
  rm,
  rmdir,
  stat,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { INTO_MANIFEST_PATH } from '../site/directory-paths.ts';

/** A mistake in how `--into` was asked for (a missing folder, a file in the way), not a bug. */
export class IntoError extends Error {}

export interface IntoResult {
  /** Every file the directory now has in the site folder, relative to it, sorted. */
  written: string[];
  /** Files the last run had written that this build no longer has, now removed. */
  removed: string[];
  /** Files of the site's own that `replace` allowed to be overwritten. */
  replacedForeign: string[];
}

interface Manifest {
  generator: 'partners-directory';
  version: 1;
  files: string[];
}

/** The manifest's path inside the site folder, e.g. `partners/.into-manifest.json`. */
export const MANIFEST_FILE = INTO_MANIFEST_PATH.slice(1);

const toPosix = (file: string) => file.split(path.sep).join('/');

/** The files under the directory's folders of a built site, relative to it, sorted. */
async function directoryFiles(builtSite: string, folders: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const folder of folders) {
    const full = path.join(builtSite, folder);
    if (!existsSync(full)) continue;
    for (const entry of await readdir(full, { recursive: true, withFileTypes: true }))
      if (entry.isFile())
        files.push(toPosix(path.relative(builtSite, path.join(entry.parentPath, entry.name))));
  }
  // zh/partners/ is not inside partners/, but a locale folder could be: never list a file twice.
  return [...new Set(files)].filter((file) => file !== MANIFEST_FILE).sort();
}

async function readManifest(siteDir: string): Promise<Set<string>> {
  const file = path.join(siteDir, MANIFEST_FILE);
  if (!existsSync(file)) return new Set();
  let manifest: Partial<Manifest>;
  try {
    manifest = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    manifest = {};
  }
  if (manifest.generator !== 'partners-directory' || !Array.isArray(manifest.files))
    throw new IntoError(
      `${MANIFEST_FILE} in ${siteDir} is not a partners-directory manifest (or is damaged); remove it if the directory is not in that folder, or rebuild the folder from scratch`,
    );
  return new Set(manifest.files.filter((entry): entry is string => typeof entry === 'string'));
}

/** Refuses early (before a build) a DIR that is not a folder. */
export async function checkSiteDir(siteDir: string): Promise<void> {
  const info = await stat(siteDir).catch(() => undefined);
  if (!info?.isDirectory())
    throw new IntoError(
      `${siteDir} is not a folder: --into takes the folder of an already built site (the other site's build output, after its own build)`,
    );
}

/** Whether each path on the way to `file` is a folder (or missing), so the file can be created. */
async function blockingPath(siteDir: string, file: string): Promise<string | undefined> {
  const parts = file.split('/');
  for (let depth = 1; depth <= parts.length; depth++) {
    const prefix = parts.slice(0, depth).join('/');
    const info = await stat(path.join(siteDir, prefix)).catch(() => undefined);
    if (!info) return undefined;
    const isLast = depth === parts.length;
    if (isLast ? info.isDirectory() : !info.isDirectory()) return prefix;
  }
  return undefined;
}

/**
 * Copies the directory's folders of `builtSite` (a standalone build) into `siteDir`.
 * Refuses, changing nothing, when a file to write exists and is not the directory's own
 * (named in the manifest) unless `replace` is set.
 */
export async function addDirectoryInto(
  builtSite: string,
  siteDir: string,
  {
    folders: siteFolders,
    replace = false,
    copy = copyFile,
  }: {
    /** The directory's folders as site paths (`/partners/`, `/zh/partners/`): all it may write. */
    folders: string[];
    replace?: boolean;
    /** For tests: a copy that fails. */
    copy?: typeof copyFile;
  },
): Promise<IntoResult> {
  const folders = siteFolders.map((folder) => folder.replace(/^\//, ''));
  await checkSiteDir(siteDir);
  const owned = await readManifest(siteDir);
  const files = await directoryFiles(builtSite, folders);

  const foreign: string[] = [];
  for (const file of files) {
    const blocking = await blockingPath(siteDir, file);
    if (blocking && blocking !== file)
      throw new IntoError(
        `${path.join(siteDir, blocking)} is in the way of ${file}: a file where the directory needs a folder, or a folder where it needs a file; nothing was written`,
      );
    if (existsSync(path.join(siteDir, file)) && !owned.has(file)) foreign.push(file);
  }
  if (foreign.length > 0 && !replace)
    throw new IntoError(
      `refusing to overwrite ${foreign.length === 1 ? 'a file' : `${foreign.length} files`} the directory did not write: ${foreign
        .map((file) => path.join(siteDir, file))
        .join(
          ', ',
        )}. Nothing was written. Remove ${foreign.length === 1 ? 'it' : 'them'} from the site (the page that builds them), or pass --replace to overwrite.`,
    );

  // Every file is first copied beside its target under a temporary name, so a failure (a full
  // disk, a permission) is undone by removing those copies; only then are they renamed into
  // place, which cannot fail halfway through a file.
  const suffix = `.into-${process.pid}.tmp`;
  const createdFolders: string[] = [];
  const copies: string[] = [];
  try {
    for (const file of files) {
      const target = path.join(siteDir, file);
      const folder = path.dirname(target);
      if (!existsSync(folder)) {
        const first = await mkdir(folder, { recursive: true });
        if (first) createdFolders.push(first);
      }
      await copy(path.join(builtSite, file), `${target}${suffix}`);
      copies.push(`${target}${suffix}`);
    }
  } catch (error) {
    await Promise.all(copies.map((copy) => rm(copy, { force: true })));
    for (const folder of createdFolders.reverse())
      await rm(folder, { recursive: true, force: true });
    throw error;
  }
  for (const file of files) {
    const target = path.join(siteDir, file);
    await rename(`${target}${suffix}`, target);
  }

  const current = new Set(files);
  const removed = [...owned].filter(
    (file) => !current.has(file) && isInsideDirectory(file, folders),
  );
  for (const file of removed) await rm(path.join(siteDir, file), { force: true });
  await removeEmptyFolders(siteDir, removed, folders);

  const manifest: Manifest = { generator: 'partners-directory', version: 1, files };
  const manifestPath = path.join(siteDir, MANIFEST_FILE);
  await writeFile(`${manifestPath}${suffix}`, `${JSON.stringify(manifest, null, 2)}\n`);
  await rename(`${manifestPath}${suffix}`, manifestPath);
  return { written: files, removed: removed.sort(), replacedForeign: foreign };
}

/** A manifest is data from disk: never let an entry reach outside the directory's folders. */
function isInsideDirectory(file: string, folders: string[]): boolean {
  const normalized = path.posix.normalize(file);
  return (
    !normalized.startsWith('../') &&
    !path.posix.isAbsolute(normalized) &&
    folders.some((folder) => normalized.startsWith(folder))
  );
}

/** Folders that held only files of the last build, emptied by removing those files. */
async function removeEmptyFolders(
  siteDir: string,
  removed: string[],
  folders: string[],
): Promise<void> {
  const roots = new Set(folders.map((folder) => folder.replace(/\/$/, '')));
  const emptied = new Set(removed.map((file) => path.posix.dirname(file)));
  for (const folder of [...emptied].sort((a, b) => b.length - a.length)) {
    for (let current = folder; !roots.has(current) && current !== '.';) {
      const removedOne = await rmdir(path.join(siteDir, current)).then(
        () => true,
        () => false, // not empty, or gone already
      );
      if (!removedOne) break;
      current = path.posix.dirname(current);
    }
  }
}

/** One line per folder: how many files the directory has there now. */
export function describeWritten(result: IntoResult): string[] {
  const perFolder = new Map<string, number>();
  for (const file of result.written) {
    const folder = `${path.posix.dirname(file)}/`;
    perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
  }
  const folders = [...perFolder.keys()].sort();
  // Page folders (one per organization) make a long list: group those with one index.html.
  const lines: string[] = [];
  const pageFolders = new Map<string, number>();
  for (const folder of folders) {
    const onlyIndex = perFolder.get(folder) === 1 && result.written.includes(`${folder}index.html`);
    const parent = `${path.posix.dirname(folder.slice(0, -1))}/`;
    if (onlyIndex && parent !== './') pageFolders.set(parent, (pageFolders.get(parent) ?? 0) + 1);
    else
      lines.push(
        `  ${folder} ${perFolder.get(folder)} file${perFolder.get(folder) === 1 ? '' : 's'}`,
      );
  }
  // A lone page folder (a list page such as zh/adopters/) is shown as itself.
  for (const [parent, count] of pageFolders)
    lines.push(
      count === 1
        ? `  ${folders.find((folder) => folder.startsWith(parent) && folder !== parent)} 1 file`
        : `  ${parent}<page>/index.html ${count} pages`,
    );
  return lines.sort();
}
