import { lstat, open, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from '../config/site-config.ts';
import { checkAgainst, readFolder, readSmallFile, refused } from '../core/checked-files.ts';
import { sortProblems, type Problem } from '../core/problems.ts';
import { foldText, shownPath } from '../core/text.ts';
import { parseYaml } from '../core/yaml.ts';
import {
  LOGO_EXTENSIONS,
  logoBytesProblem,
  SNIFF_BYTES,
  sniffLogoFormat,
} from '../logos/logo-limits.ts';
import { RECORD_ID_PATTERN, recordSchemaOf, reservedId } from '../schema/record.ts';
import { checkAcrossRecords } from './cross-checks.ts';
import { recordWarnings } from './record-warnings.ts';

/** A record that passed the schema; `file` as shown to users, e.g. `partners/acme.yaml`. */
export type LoadedRecord = NonNullable<Awaited<ReturnType<typeof loadRecord>>>;

// A record is a few hundred bytes; anything near 64 KB is not a record.
const RECORD = { noun: 'record', plural: 'records', maxBytes: 64 * 1024 };

/** Every record in a partners folder, and every problem in every file (names shown from `displayRoot`). */
export async function loadPartners(
  partnersDir: string,
  config: SiteConfig,
  displayRoot = process.cwd(),
) {
  const dir = path.resolve(partnersDir);
  const show = (file: string) => shownPath(file, displayRoot);
  const folder = await readFolder(
    dir,
    show(dir),
    'pass the folder that holds the partner records, e.g. partners',
  );
  if (!folder.ok) return { records: [], recordFileCount: 0, problems: [folder.problem] };
  const realDir = await realpath(dir);
  const recordFiles = folder.entries.filter((entry) => /\.ya?ml$/i.test(entry));
  const problems: Problem[] = [];
  // Publishing an empty directory is never what anyone meant.
  if (recordFiles.length === 0)
    problems.push({
      file: show(dir),
      severity: 'error',
      message: 'holds no partner records',
      hint: 'check the folder: records are <id>.yaml files',
    });
  const records: LoadedRecord[] = [];
  // Logos named by any record, valid or not, so a broken record does not make its logo look unused.
  const namedLogos = new Set<string>();
  for (const entry of recordFiles) {
    const file = path.join(dir, entry);
    const loaded = await loadRecord(file, show(file), realDir, config, problems, namedLogos);
    if (loaded) records.push(loaded);
  }
  for (const entry of folder.entries) {
    const logo = path.join(realDir, entry);
    if (!LOGO_EXTENSIONS.has(path.extname(entry).toLowerCase()) || namedLogos.has(logo)) continue;
    problems.push({
      file: show(logo),
      severity: 'warning',
      message: 'is a logo that no record uses',
      hint: `delete it, or point a record's "logo" at ${entry}`,
    });
  }
  problems.push(...checkAcrossRecords(records));
  return { records, problems: sortProblems(problems), recordFileCount: recordFiles.length };
}

async function loadRecord(
  file: string,
  shownFile: string,
  realDir: string,
  config: SiteConfig,
  problems: Problem[],
  namedLogos: Set<string>,
) {
  const report = (message: string, hint: string) =>
    problems.push({ file: shownFile, severity: 'error', message, hint });
  const extension = path.extname(file);
  const id = path.basename(file, extension);
  if (extension !== '.yaml')
    return void report(`has the extension "${extension}"`, `rename it to ${id.toLowerCase()}.yaml`);
  const reserved = reservedId(id);
  if (!RECORD_ID_PATTERN.test(id))
    report(
      `"${id}" is not a valid record id`,
      `rename the file to ${suggestId(id) || "the organization's name"}.yaml: lowercase letters, digits and single hyphens`,
    );
  else if (reserved)
    report(reserved, `rename the file after the organization, e.g. ${id}-inc.yaml`);
  // Pages of other languages live under /<code>/: a record with that id would read as one.
  if (config.localeCodes.includes(id))
    report(
      `"${id}" is the code of one of the site's languages (${config.localeCodes.join(', ')})`,
      "rename the file after the organization's full name: such ids clash with that language's pages",
    );

  const read = await readSmallFile(file, RECORD);
  const parsed = read.ok ? parseYaml(read.bytes, shownFile) : read;
  if (!parsed.ok) return void problems.push({ file: shownFile, ...parsed.problem });
  const rawLogo = (parsed.value as { logo?: unknown }).logo;
  if (typeof rawLogo === 'string') namedLogos.add(path.resolve(realDir, rawLogo.trim()));
  const result = checkAgainst(recordSchemaOf(config), parsed.value, shownFile, parsed.locate);
  if (!result.ok) return void problems.push(...result.problems);
  const { data: record } = result;
  const { locate } = parsed;
  problems.push(...recordWarnings(record, shownFile, locate, config));
  if (record.logo === undefined) return { id, file: shownFile, record, locate };

  const position = locate(['logo']);
  const found = await findLogo(path.dirname(file), record.logo, realDir);
  if (!found.ok)
    return void problems.push({ file: shownFile, ...found.problem, position, field: 'logo' });
  namedLogos.add(found.logo.path);
  return { id, file: shownFile, record, logo: { ...found.logo, position }, locate };
}

/** A record's logo file: inside the partners folder, not too large, of the format its name says. */
async function findLogo(recordDir: string, logoPath: string, realDir: string) {
  const outside = (from: string, to: string) => {
    const relative = path.relative(from, to);
    return relative.startsWith('..') || path.isAbsolute(relative);
  };
  const named = `"${logoPath}"`;
  const inside = 'put the logo in the partners folder next to the record';
  const absolute = path.resolve(recordDir, logoPath);
  if (outside(recordDir, absolute))
    return refused(`${named} points outside the partners folder`, inside);
  const real = await realpath(absolute).catch(() => undefined);
  if (real === undefined)
    return refused(
      `file ${named} does not exist`,
      'put the logo next to the record and check the spelling (names are case-sensitive)',
    );
  // Checked again on the real path, so a symbolic link cannot lead out either.
  if (outside(realDir, real))
    return refused(
      `${named} points outside the partners folder`,
      `${inside}, not a link to elsewhere`,
    );
  const stats = await lstat(real);
  if (!stats.isFile()) return refused(`${named} is not a file`, 'name the logo file itself');
  if (stats.size === 0) return refused(`${named} is empty`, 'export the logo again as SVG or PNG');
  // Checked before anything is read, so a huge file costs nothing.
  const tooLarge = logoBytesProblem(stats.size);
  if (tooLarge) return refused(`${named} ${tooLarge.message}`, tooLarge.hint!);
  // Only the first bytes tell the format: the logo pipeline reads the whole file once, later.
  const handle = await open(real);
  const { buffer, bytesRead } = await handle
    .read({ buffer: new Uint8Array(SNIFF_BYTES) })
    .finally(() => handle.close());
  const format = sniffLogoFormat(buffer.subarray(0, bytesRead));
  const claimed = path.extname(real).slice(1).toLowerCase();
  if (format === undefined)
    return refused(
      `${named} is not really a PNG or SVG image`,
      'export the logo as PNG or SVG; renaming a file does not convert it',
    );
  if (format !== claimed)
    return refused(
      `${named} is a ${format.toUpperCase()} file with a .${claimed} name`,
      `rename it to ${path.basename(real, path.extname(real))}.${format} and update "logo"`,
    );
  return { ok: true as const, logo: { path: real, format } };
}

export function suggestId(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
