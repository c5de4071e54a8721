import { lstat, open, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { SiteConfig } from '../config/site-config.ts';
import {
  RECORD_ID_PATTERN,
  RESERVED_RECORD_IDS,
  recordSchemaOf,
  type PartnerRecord,
} from '../schema/record.ts';
import {
  LOGO_EXTENSIONS,
  SNIFF_BYTES,
  logoBytesProblem,
  sniffLogoFormat,
  type LogoFormat,
} from '../logos/logo-limits.ts';
import { checkAgainst, readFolder, readSmallFile } from '../core/checked-files.ts';
import { checkAcrossRecords } from './cross-checks.ts';
import { recordWarnings } from './record-warnings.ts';
import { sortProblems, type Checked, type Problem } from '../core/problems.ts';
import { foldText, shownPath } from '../core/text.ts';
import { parseYaml, type Position } from '../core/yaml.ts';

/** A record that passed the schema, with what later steps need to know about its file. */
export interface LoadedRecord {
  id: string;
  /** The record file as shown to users, e.g. `partners/acme.yaml`. */
  file: string;
  record: PartnerRecord;
  logo?: LogoFile & { position: Position };
  locate: (fieldPath: readonly PropertyKey[]) => Position;
}

/** A record's logo file, found inside the partners folder and of the format its name says. */
export interface LogoFile {
  /** The real absolute path. */
  path: string;
  /** Relative to the partners folder, with forward slashes. */
  file: string;
  format: LogoFormat;
}

export interface LoadResult {
  records: LoadedRecord[];
  problems: Problem[];
  recordFileCount: number;
}

// A record is a few hundred bytes; anything near 64 KB is not a record.
const RECORD = { noun: 'record', plural: 'records', maxBytes: 64 * 1024 };

/**
 * Reads every record in a partners directory and reports every problem in every file.
 * `displayRoot` is the directory file names are shown relative to (the working directory).
 */
export async function loadPartners(
  partnersDir: string,
  config: SiteConfig,
  displayRoot = process.cwd(),
): Promise<LoadResult> {
  const dir = path.resolve(partnersDir);
  const show = (file: string) => shownPath(file, displayRoot);
  const problems: Problem[] = [];
  const records: LoadedRecord[] = [];
  // Logos named by any record, valid or not, so a broken record does not make its logo look unused.
  const referencedLogos = new Set<string>();

  const folder = await readFolder(
    dir,
    show(dir),
    'pass the folder that holds the partner records, e.g. partners',
  );
  if (!folder.ok) return { records, recordFileCount: 0, problems: [folder.problem] };
  const { entries } = folder;
  const realDir = await realpath(dir);
  const recordFiles = entries.filter((entry) => /\.ya?ml$/i.test(entry));
  if (recordFiles.length === 0) {
    // Publishing an empty directory is never what anyone meant.
    problems.push({
      file: show(dir),
      severity: 'error',
      message: 'holds no partner records',
      hint: 'check the folder: records are <id>.yaml files',
    });
  }
  const logoFiles = entries
    .filter((entry) => LOGO_EXTENSIONS.has(path.extname(entry).toLowerCase()))
    .map((entry) => path.join(realDir, entry));

  for (const entry of recordFiles) {
    const file = path.join(dir, entry);
    const loaded = await loadRecord(file, show(file), realDir, problems, referencedLogos, config);
    if (loaded) records.push(loaded);
  }
  problems.push(
    ...checkAcrossRecords(
      records,
      logoFiles.filter((logo) => !referencedLogos.has(logo)),
      show,
    ),
  );
  return { records, problems: sortProblems(problems), recordFileCount: recordFiles.length };
}

async function loadRecord(
  file: string,
  shownFile: string,
  realDir: string,
  problems: Problem[],
  referencedLogos: Set<string>,
  config: SiteConfig,
): Promise<LoadedRecord | undefined> {
  const report = (problem: Omit<Problem, 'file'>) => problems.push({ file: shownFile, ...problem });
  const extension = path.extname(file);
  const id = path.basename(file, extension);
  if (extension !== '.yaml') {
    report({
      severity: 'error',
      message: `has the extension "${extension}"`,
      hint: `rename it to ${id.toLowerCase()}.yaml`,
    });
    return undefined;
  }
  if (!RECORD_ID_PATTERN.test(id)) {
    report({
      severity: 'error',
      message: `"${id}" is not a valid record id`,
      hint: `rename the file to ${suggestId(id) || "the organization's name"}.yaml: lowercase letters, digits and single hyphens`,
    });
  } else if (RESERVED_RECORD_IDS.includes(id)) {
    report({
      severity: 'error',
      message: `"${id}" is reserved: /partners/${id}/ holds the site's own pages`,
      hint: `rename the file after the organization, e.g. ${id}-inc.yaml`,
    });
  }

  if (config.localeCodes.includes(id)) {
    // Pages of other languages live under /<code>/: a record with that id would read as one.
    report({
      severity: 'error',
      message: `"${id}" is the code of one of the site's languages (${config.localeCodes.join(', ')})`,
      hint: "rename the file after the organization's full name: such ids clash with that language's pages",
    });
  }

  const read = await readSmallFile(file, RECORD);
  if (!read.ok) return void report(read.problem);
  const parsed = parseYaml(read.bytes, shownFile);
  if (!parsed.ok) {
    problems.push(parsed.problem);
    return undefined;
  }

  const rawLogo = (parsed.value as { logo?: unknown }).logo;
  if (typeof rawLogo === 'string') referencedLogos.add(path.resolve(realDir, rawLogo.trim()));

  const result = checkAgainst(recordSchemaOf(config), parsed.value, shownFile, parsed.locate);
  if (!result.ok) return void problems.push(...result.problems);
  const record = result.data;
  const locate = (fieldPath: readonly PropertyKey[]) => parsed.locate(fieldPath);
  problems.push(...recordWarnings(record, shownFile, locate, config));

  let logo: LoadedRecord['logo'];
  if (record.logo !== undefined) {
    const position = locate(['logo']);
    const checked = await checkLogoPath(path.dirname(file), record.logo, realDir);
    if (!checked.ok) {
      report({ ...checked.problem, position, field: 'logo' });
      return undefined;
    }
    logo = { ...checked.logo, position };
  }
  return { id, file: shownFile, record, logo, locate };
}

/** Finds a record's logo file: inside the partners folder, not too large, and what its name says. */
async function checkLogoPath(
  recordDir: string,
  logoPath: string,
  realDir: string,
): Promise<Checked<{ logo: LogoFile }>> {
  const refuse = (message: string, hint?: string): Checked<{ logo: LogoFile }> => ({
    ok: false,
    problem: { severity: 'error', message: `"${logoPath}" ${message}`, hint },
  });
  const absolute = path.resolve(recordDir, logoPath);
  const outside = (from: string, to: string) => {
    const relative = path.relative(from, to);
    return relative.startsWith('..') || path.isAbsolute(relative);
  };
  if (outside(recordDir, absolute)) {
    return refuse(
      'points outside the partners folder',
      'put the logo in the partners folder next to the record',
    );
  }
  let real: string;
  try {
    real = await realpath(absolute);
  } catch {
    return {
      ok: false,
      problem: {
        severity: 'error',
        message: `file "${logoPath}" does not exist`,
        hint: 'put the logo next to the record and check the spelling (names are case-sensitive)',
      },
    };
  }
  // Checked again on the real path, so a symbolic link cannot lead out either.
  if (outside(realDir, real)) {
    return refuse(
      'points outside the partners folder',
      'put the logo in the partners folder next to the record, not a link to elsewhere',
    );
  }
  const stats = await lstat(real);
  if (!stats.isFile()) return refuse('is not a file', 'name the logo file itself');
  if (stats.size === 0) return refuse('is empty', 'export the logo again as SVG or PNG');
  // Checked before anything is read, so a huge file costs nothing.
  const tooLarge = logoBytesProblem(stats.size);
  if (tooLarge) return refuse(tooLarge.message, tooLarge.hint);
  const head = new Uint8Array(SNIFF_BYTES);
  const handle = await open(real);
  let bytesRead: number;
  try {
    ({ bytesRead } = await handle.read(head, 0, head.length, 0));
  } finally {
    await handle.close();
  }
  const format = sniffLogoFormat(head.subarray(0, bytesRead));
  const claimed = path.extname(real).slice(1).toLowerCase();
  if (format === undefined) {
    return refuse(
      'is not really a PNG or SVG image',
      'export the logo as PNG or SVG; renaming a file does not convert it',
    );
  }
  if (format !== claimed) {
    return refuse(
      `is a ${format.toUpperCase()} file with a .${claimed} name`,
      `rename it to ${path.basename(real, path.extname(real))}.${format} and update "logo"`,
    );
  }
  const file = shownPath(real, realDir);
  return { ok: true, logo: { path: real, file, format } };
}

export function suggestId(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
