// The intake's configuration: the project's, read when the intake is first loaded. (The intake
// is being reshaped into steps that take the configuration from their context; until then its
// modules share this one reading.) A broken configuration throws its problems, never exits.
import { readSiteConfig, siteConfigPath } from '../config/load-site-config.ts';
import type { SiteConfig } from '../config/site-config.ts';
import { formatProblem } from '../core/problems.ts';
import { programRequirements, recordSchemaOf, type PartnerRecord } from '../schema/record.ts';

function load(): SiteConfig {
  const reading = readSiteConfig(siteConfigPath());
  if (reading.ok) return reading.config;
  throw new Error(reading.problems.map(formatProblem).join('\n'));
}

export const siteConfig = load();
export const partnerRecordSchema = recordSchemaOf(siteConfig);
export const RECORD_FIELDS = Object.keys(partnerRecordSchema.shape) as (keyof PartnerRecord)[];
export const PROGRAM_REQUIREMENTS = programRequirements(siteConfig);
export const {
  programIds: PROGRAM_IDS,
  serviceIds: SERVICE_IDS,
  regionIds: REGION_IDS,
  localeCodes: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
} = siteConfig;
