import { DESCRIPTION_MAX, NAME_MAX } from '../schema/record.ts';
import { LOCALES, REGION_IDS, SERVICE_IDS, type Locale } from '../schema/vocabulary.ts';
import { MAX_LOGO_BYTES, MAX_LOGO_PIXELS } from '../logos/logo-limits.ts';
import { LOGO_BOX, LOGO_SCALES } from '../logos/normalize-logo.ts';
import { siteConfig } from '../config/current-site-config.ts';
import { pageText } from '../i18n/page-text.ts';
import type { LogoLimits } from '../i18n/strings.ts';

const LOGO_LIMITS: LogoLimits = {
  megabytes: MAX_LOGO_BYTES / 1024 / 1024,
  megapixels: MAX_LOGO_PIXELS / 1_000_000,
  boxWidth: LOGO_BOX.width,
  boxHeight: LOGO_BOX.height,
  sharpWidth: LOGO_BOX.width * Math.max(...LOGO_SCALES),
};

/**
 * What the directory itself asks of an organization in a program, beyond the program's own
 * list: written from the record schema's, the logo pipeline's and the site configuration's
 * limits (the fields the program requires, its vocabularies), so the page and the validator
 * never disagree.
 */
export function directoryNeeds(program: string, locale: Locale): string[] {
  const t = pageText(locale);
  const needs = t.directoryNeeds;
  const requires = new Set<string>(
    siteConfig.programs.find((entry) => entry.id === program)?.requires ?? [],
  );
  const listed = requires.has('services') || requires.has('description');
  return [
    needs.name(NAME_MAX),
    requires.has('logo') ? needs.logo(LOGO_LIMITS) : needs.optionalLogo(LOGO_LIMITS),
    ...(requires.has('description')
      ? [
          needs.description(
            DESCRIPTION_MAX,
            LOCALES.map((code) => t.languageCalled(code)),
          ),
        ]
      : []),
    ...(requires.has('services')
      ? [needs.services(SERVICE_IDS.map((service) => t.services[service]))]
      : []),
    // Regions are asked of members listed as cards with filters, never required.
    ...(listed ? [needs.regions(REGION_IDS.map((region) => t.regions[region]))] : []),
    ...(requires.has('contact') ? [needs.contact] : []),
  ];
}
