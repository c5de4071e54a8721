import { siteConfig } from './project-config.ts';
import path from 'node:path';
import { loadPartners, type LoadedRecord } from '../data/load-partners.ts';
import { nameKey, websiteKey } from '../data/cross-checks.ts';
import { sortProblems, type Problem } from '../core/problems.ts';
import { checkLogos } from '../logos/process-logos.ts';
import { lookAlikes } from './look-alike.ts';
import type { PartnerFiles } from './write-partner.ts';

/**
 * Runs the validator (`npm run validate`) on the new record's folder and keeps what concerns
 * the new record: its own problems, its logo's, and clashes that name it. The folder's other
 * problems are not this command's business.
 */
export async function checkNewPartner(
  dir: string,
  files: PartnerFiles,
  cwd: string,
): Promise<{ problems: Problem[]; shownRecord: string }> {
  const show = (file: string) => path.relative(cwd, file).split(path.sep).join('/') || file;
  const shownRecord = show(files.record);
  const shownLogo = files.logo && show(files.logo);
  const loaded = await loadPartners(dir, siteConfig, cwd);
  // Only the new record's logo: the others were checked when they were added.
  const logoProblems = await checkLogos(
    loaded.records.filter((record) => record.file === shownRecord),
  );
  const concernsNewRecord = (problem: Problem) =>
    problem.file === shownRecord ||
    problem.file === shownLogo ||
    problem.message.includes(shownRecord);
  return {
    problems: sortProblems([...loaded.problems, ...logoProblems].filter(concernsNewRecord)),
    shownRecord,
  };
}

export interface Clash {
  field: 'name' | 'website';
  severity: 'error' | 'warning';
  message: string;
  hint: string;
}

/**
 * Records already in the folder with the same name or website (the validator would refuse
 * the pair), a name that only reads the same, and look-alike words and hosts (warnings).
 */
export async function findClashes(
  dir: string,
  name: string | undefined,
  website: string | undefined,
  cwd: string,
): Promise<Clash[]> {
  const { records } = await loadPartners(dir, siteConfig, cwd);
  const sameWebsite = (loaded: LoadedRecord) => {
    if (website === undefined || !URL.canParse(website)) return false;
    return websiteKey(loaded.record.website) === websiteKey(website);
  };
  const same = (field: 'name' | 'website', file: string): Clash => ({
    field,
    severity: 'error',
    message: `is the same ${field} as in ${file}`,
    hint: `the organization is already listed: update ${file} instead`,
  });
  return [
    ...records.flatMap((loaded) => [
      ...(name !== undefined && nameKey(loaded.record.name) === nameKey(name)
        ? [same('name', loaded.file)]
        : []),
      ...(sameWebsite(loaded) ? [same('website', loaded.file)] : []),
    ]),
    ...lookAlikes(
      name,
      website,
      records.map((loaded) => ({ file: loaded.file, ...loaded.record })),
      (a, b) => nameKey(a) === nameKey(b),
    ),
  ];
}
