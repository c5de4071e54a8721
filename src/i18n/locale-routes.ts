import { DEFAULT_LOCALE, LOCALES, type Locale } from '../schema/vocabulary.ts';

/** Route parameters of each language: the default one at the site's root, the others under /<code>/. */
export function localeParams(): { params: { lang: string | undefined }; locale: Locale }[] {
  return LOCALES.map((locale) => ({
    params: { lang: locale === DEFAULT_LOCALE ? undefined : locale },
    locale,
  }));
}

/**
 * The language of the page being rendered. Astro derives it from the URL (the i18n table in
 * astro.config.mjs comes from the locale table); pages at the root are in the default language.
 */
export function pageLocale(astro: { currentLocale?: string | undefined }): Locale {
  const locale = astro.currentLocale;
  return locale && LOCALES.includes(locale) ? locale : DEFAULT_LOCALE;
}

/** Where a locale's pages live: the default language at the root, the others under /<code>/. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

export function directoryPath(locale: Locale): string {
  return `${localePrefix(locale)}/partners/`;
}

export function partnerPath(locale: Locale, id: string): string {
  return `${localePrefix(locale)}/partners/${id}/`;
}

/** A program's page; `programs` is a reserved record id, so no organization's page can take it. */
export function programPath(locale: Locale, slug: string): string {
  return `${localePrefix(locale)}/partners/programs/${slug}/`;
}

/** The same page in every language, e.g. for hreflang links and the language switch. */
export function alternatesOf(pathIn: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, pathIn(locale)]));
}
