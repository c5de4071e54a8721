/** The programs an organization can belong to, in the order their tabs appear on the page. */
export const PROGRAM_IDS = ['community-partner', 'adopter'] as const;
export type ProgramId = (typeof PROGRAM_IDS)[number];

/** Kinds of offering, from the community partner program's own list. */
export const SERVICE_IDS = [
  'support',
  'consulting',
  'training',
  'cloud-service',
  'distribution',
  'other',
] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

/**
 * Where an organization offers its services. Broad areas a visitor filters by, plus
 * `china`, which the Karmada community's many Chinese partners and visitors ask for by name.
 */
export const REGION_IDS = [
  'global',
  'americas',
  'europe',
  'middle-east-africa',
  'asia-pacific',
  'china',
] as const;
export type RegionId = (typeof REGION_IDS)[number];

/** Languages of the site; `en` is the fallback for every text. */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

export const STATUS_IDS = ['active', 'withdrawn'] as const;
