import { DESCRIPTION_MAX, NAME_MAX } from '../schema/record.ts';
import { MAX_LOGO_BYTES, MAX_LOGO_PIXELS } from '../logos/logo-limits.ts';
import { LOGO_BOX, LOGO_SCALES } from '../logos/normalize-logo.ts';
import type { SiteConfig } from '../config/site-config.ts';
import { textsFor } from '../site/page-text.ts';
import type { LogoLimits } from '../i18n/strings.ts';

const LOGO_LIMITS: LogoLimits = {
  megabytes: MAX_LOGO_BYTES / 1024 / 1024,
  megapixels: MAX_LOGO_PIXELS / 1_000_000,
  boxWidth: LOGO_BOX.width,
  boxHeight: LOGO_BOX.height,
  sharpWidth: LOGO_BOX.width * Math.max(...LOGO_SCALES),
};

/** What the directory asks of a program's members, from the limits the validator checks. */
export function directoryNeeds(config: SiteConfig, program: string, locale: string): string[] {
  const t = textsFor(config).pageText(locale);
  const needs = t.directoryNeeds;
  const requires = new Set<string>(
    config.programs.find((entry) => entry.id === program)?.requires ?? [],
  );
  const listed = requires.has('services') || requires.has('description');
  return [
    needs.name(NAME_MAX),
    requires.has('logo') ? needs.logo(LOGO_LIMITS) : needs.optionalLogo(LOGO_LIMITS),
    requires.has('description') &&
      needs.description(
        DESCRIPTION_MAX,
        config.localeCodes.map((code) => t.languageCalled(code)),
      ),
    requires.has('services') &&
      needs.services(config.serviceIds.map((service) => t.services[service])),
    // Regions are asked of members listed as cards with filters, never required.
    listed && needs.regions(config.regionIds.map((region) => t.regions[region])),
    requires.has('contact') && needs.contact,
  ].filter((need) => need !== false);
}
