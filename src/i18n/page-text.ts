import { siteConfig } from '../config/current-site-config.ts';
import { anchorOf } from '../config/site-config.ts';
import type { LocalizedConfigText } from '../config/localized-text.ts';
import { DEFAULT_LOCALE, type Locale, type ProgramId } from '../schema/vocabulary.ts';
import { STRINGS } from './strings.ts';

const labels = (terms: { id: string; label: LocalizedConfigText }[], locale: Locale) =>
  Object.fromEntries(terms.map((term) => [term.id, inLocale(term.label, locale)]));

/** A configured text in a language, in the default language where it has none. */
export function inLocale(text: LocalizedConfigText, locale: Locale): string {
  return text[locale] ?? text[DEFAULT_LOCALE]!;
}

/**
 * Everything a page says in one language: the interface strings, with the project's own
 * words from site.config.yaml (its name, description, programs and vocabularies).
 */
export function pageText(locale: Locale) {
  const ui = STRINGS[locale] ?? STRINGS[DEFAULT_LOCALE]!;
  const { project, locales, programs } = siteConfig;
  const localeEntry = locales.find((entry) => entry.code === locale)!;
  return {
    ...ui,
    htmlLang: localeEntry.lang,
    languageName: localeEntry.label,
    siteName: project.name,
    pageTitle: ui.pageTitle(project.name),
    pageDescription: inLocale(project.description, locale),
    intro: inLocale(project.intro, locale),
    footer: inLocale(project.footer, locale),
    programs: labels(programs, locale),
    services: labels(siteConfig.services, locale),
    regions: labels(siteConfig.regions, locale),
    memberOf: (name: string, memberships: string[]) => ui.memberOf(project.name, name, memberships),
    /** A language's name as a reader of this page calls it, e.g. "Chinese" on an English page. */
    languageCalled: (code: string) =>
      new Intl.DisplayNames([localeEntry.lang], { type: 'language' }).of(code) ?? code,
  };
}

export type PageText = ReturnType<typeof pageText>;

/** A record's text in the visitor's language, the default language's where that is missing. */
export function localized(
  text: Record<string, string | undefined> | undefined,
  locale: Locale,
): string | undefined {
  if (!text) return undefined;
  return text[locale] ?? text[DEFAULT_LOCALE];
}

/** `lang` for a record's text where `localized` fell back to the default language. */
export function fallbackLang(
  text: Record<string, string | undefined> | undefined,
  locale: Locale,
): string | undefined {
  return text && locale !== DEFAULT_LOCALE && text[locale] === undefined
    ? siteConfig.locales.find((entry) => entry.code === DEFAULT_LOCALE)!.lang
    : undefined;
}

/** The anchor of a program's tab, e.g. #community-partners. */
export function programAnchor(program: ProgramId): string {
  return anchorOf(siteConfig.programs.find((entry) => entry.id === program)!);
}
