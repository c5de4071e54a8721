// `npm run build -- --into DIR`: adds the built directory to another site's built folder. It
// writes only in the directory's folders, overwrites no file it did not write unless `replace`,
// keeps a manifest of what it wrote for the next run, and adds everything or changes nothing.
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { plural, relativePath } from '../core/text.ts';
import { INTO_MANIFEST_PATH } from '../site/directory-paths.ts';

/** A mistake in how `--into` was asked for (a missing folder, a file in the way), not a bug. */
export class IntoError extends Error {}

export const MANIFEST_FILE = INTO_MANIFEST_PATH.slice(1);
const GENERATOR = 'partners-directory';

const statOf = (file: string) => fs.stat(file).catch(() => undefined);

async function directoryFiles(builtSite: string, folders: string[]) {
  // A set, since a locale folder could lie inside another folder of the directory.
  const files = new Set<string>();
  for (const folder of folders) {
    const entries = await fs
      .readdir(path.join(builtSite, folder), { recursive: true, withFileTypes: true })
      .catch(() => []);
    for (const entry of entries.filter((entry) => entry.isFile()))
      files.add(relativePath(builtSite, path.join(entry.parentPath, entry.name)));
  }
  files.delete(MANIFEST_FILE);
  return [...files].sort();
}

async function readManifest(siteDir: string): Promise<Set<string>> {
  const file = path.join(siteDir, MANIFEST_FILE);
  if (!existsSync(file)) return new Set();
  const manifest = await fs
    .readFile(file, 'utf8')
    .then(JSON.parse)
    .catch(() => undefined);
  if (manifest?.generator !== GENERATOR || !Array.isArray(manifest.files))
    throw new IntoError(
      `${MANIFEST_FILE} in ${siteDir} is not a partners-directory manifest (or is damaged); remove it if the directory is not in that folder, or rebuild the folder from scratch`,
    );
  return new Set(manifest.files.filter((entry: unknown) => typeof entry === 'string'));
}

/** Refuses early (before a build) a DIR that is not a folder. */
export async function checkSiteDir(siteDir: string) {
  if (!(await statOf(siteDir))?.isDirectory())
    throw new IntoError(
      `${siteDir} is not a folder: --into takes the folder of an already built site (the other site's build output, after its own build)`,
    );
}

/** The first path on the way to `file` that is a file where a folder is needed, or a folder where the file goes. */
async function blockingPath(siteDir: string, file: string) {
  const parts = file.split('/');
  for (let depth = 1; depth <= parts.length; depth++) {
    const prefix = parts.slice(0, depth).join('/');
    const info = await statOf(path.join(siteDir, prefix));
    if (!info) return undefined;
    if (info.isDirectory() === (depth === parts.length)) return prefix;
  }
  return undefined;
}

/** Copies the directory's folders of `builtSite` (a standalone build) into `siteDir`. */
export async function addDirectoryInto(
  builtSite: string,
  siteDir: string,
  {
    folders: siteFolders,
    replace = false,
    copy = fs.copyFile,
  }: {
    /** The directory's folders as site paths (`/partners/`, `/zh/partners/`): all it may write. */
    folders: string[];
    replace?: boolean;
    /** For tests: a copy that fails. */
    copy?: typeof fs.copyFile;
  },
) {
  const folders = siteFolders.map((folder) => folder.replace(/^\//, ''));
  await checkSiteDir(siteDir);
  const owned = await readManifest(siteDir);
  const files = await directoryFiles(builtSite, folders);

  const foreign: string[] = [];
  for (const file of files) {
    const blocking = await blockingPath(siteDir, file);
    if (blocking)
      throw new IntoError(
        `${path.join(siteDir, blocking)} is in the way of ${file}: a file where the directory needs a folder, or a folder where it needs a file; nothing was written`,
      );
    if (existsSync(path.join(siteDir, file)) && !owned.has(file)) foreign.push(file);
  }
  if (foreign.length > 0 && !replace) {
    const listed = foreign.map((file) => path.join(siteDir, file)).join(', ');
    throw new IntoError(
      `refusing to overwrite ${foreign.length === 1 ? 'a file' : `${foreign.length} files`} the directory did not write: ${listed}. Nothing was written. Remove ${foreign.length === 1 ? 'it' : 'them'} from the site (the page that builds them), or pass --replace to overwrite.`,
    );
  }

  // Copied beside their targets first, so a failure (a full disk) is undone by removing the
  // copies; then renamed into place, which cannot fail halfway through a file.
  const temporary = (file: string) => `${path.join(siteDir, file)}.into-${process.pid}.tmp`;
  const createdFolders: string[] = [];
  try {
    for (const file of files) {
      const created = await fs.mkdir(path.dirname(path.join(siteDir, file)), { recursive: true });
      if (created) createdFolders.push(created);
      await copy(path.join(builtSite, file), temporary(file));
    }
  } catch (error) {
    await Promise.all(files.map((file) => fs.rm(temporary(file), { force: true })));
    for (const folder of createdFolders.reverse())
      await fs.rm(folder, { recursive: true, force: true });
    throw error;
  }
  for (const file of files) await fs.rename(temporary(file), path.join(siteDir, file));

  // A manifest is data from disk: never let an entry reach outside the directory's folders.
  const current = new Set(files);
  const removed = [...owned]
    .map((file) => path.posix.normalize(file))
    .filter((file) => !current.has(file) && folders.some((folder) => file.startsWith(folder)))
    .sort();
  for (const file of removed) await fs.rm(path.join(siteDir, file), { force: true });
  // Then the folders that held only those files, up to the directory's own folders.
  const roots = folders.map((folder) => folder.replace(/\/$/, ''));
  const removeIfEmpty = (folder: string) =>
    fs.rmdir(path.join(siteDir, folder)).then(
      () => true,
      () => false, // not empty, or gone already
    );
  for (const file of removed) {
    let folder = path.posix.dirname(file);
    while (!roots.includes(folder) && (await removeIfEmpty(folder)))
      folder = path.posix.dirname(folder);
  }

  const manifest = { generator: GENERATOR, version: 1, files };
  await fs.writeFile(temporary(MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  await fs.rename(temporary(MANIFEST_FILE), path.join(siteDir, MANIFEST_FILE));
  return { written: files, removed, replacedForeign: foreign };
}

/** One line per folder: how many files the directory has there now. */
export function describeWritten({ written }: { written: string[] }) {
  const folderOf = (file: string) => `${path.posix.dirname(file)}/`;
  // Page folders (one per organization) make a long list: those with one index.html are grouped.
  const groups = Map.groupBy(Map.groupBy(written, folderOf), ([folder, files]) => {
    const parent = folderOf(folder.slice(0, -1));
    const page = files.length === 1 && files[0] === `${folder}index.html` && parent !== './';
    return page ? `${parent}<page>/index.html` : folder;
  });
  // A lone page folder (a list page such as zh/adopters/) is shown as itself.
  return [...groups]
    .map(([group, [[folder, files], ...more]]) =>
      more.length > 0
        ? `  ${group} ${more.length + 1} pages`
        : `  ${folder} ${plural(files.length, 'file')}`,
    )
    .sort();
}
