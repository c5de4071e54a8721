import { siteConfig } from '../config/current-site-config.ts';

// The vocabularies come from site.config.yaml; these lists are what the schema and the pages use.

/** The programs an organization can belong to, in the order their tabs appear on the page. */
export const PROGRAM_IDS: readonly string[] = siteConfig.programs.map((program) => program.id);
export type ProgramId = string;

/** Kinds of offering. */
export const SERVICE_IDS: readonly string[] = siteConfig.services.map((term) => term.id);
export type ServiceId = string;

/** Where an organization offers its services. */
export const REGION_IDS: readonly string[] = siteConfig.regions.map((term) => term.id);
export type RegionId = string;

/** Languages of the site; the default one is the fallback for every text. */
export const LOCALES: readonly string[] = siteConfig.locales.map((locale) => locale.code);
export const DEFAULT_LOCALE = siteConfig.defaultLocale;
export type Locale = string;

export const STATUS_IDS = ['active', 'withdrawn'] as const;
