import { anchorOf, type SiteConfig } from '../config/site-config.ts';
import { languageName } from '../core/text.ts';
import { STRINGS } from '../i18n/strings.ts';

/** One text for every language, or a text per locale code. */
export type Localized = string | Record<string, string | undefined>;

/** What the pages of the site `config` describes say, in each of its languages. */
export function textsFor(config: SiteConfig) {
  const { defaultLocale, project, locales, programs } = config;
  /** The language a text is shown in on a page in `locale`: its own, the default, any. */
  const shownLocale = (text: Localized, locale: string) =>
    typeof text === 'string'
      ? locale
      : [locale, defaultLocale, ...Object.keys(text)].find((code) => text[code] !== undefined);
  /** A text in the visitor's language, else the default language's, else any there is. */
  const localized = (text: Localized | undefined, locale: string): string | undefined => {
    if (text === undefined || typeof text === 'string') return text;
    const shown = shownLocale(text, locale);
    return shown && text[shown];
  };
  const labels = (terms: { id: string; label: Localized }[], locale: string) =>
    Object.fromEntries(terms.map((term) => [term.id, localized(term.label, locale)!]));

  /** Everything a page says in one language: the interface strings and the project's words. */
  const pageText = (locale: string) => {
    const ui = STRINGS[locale] ?? STRINGS[defaultLocale]!;
    const localeEntry = locales.find((entry) => entry.code === locale)!;
    return {
      ...ui,
      locale,
      htmlLang: localeEntry.lang,
      languageName: localeEntry.label,
      siteName: project.name,
      pageTitle: ui.pageTitle(project.name),
      pageDescription: localized(project.description, locale)!,
      intro: localized(project.intro, locale)!,
      footer: localized(project.footer, locale)!,
      programs: labels(programs, locale),
      services: labels(config.services, locale),
      regions: labels(config.regions, locale),
      memberOf: (name: string, memberships: string[]) =>
        ui.memberOf(project.name, name, memberships),
      usageHeading: ui.usageHeading(project.name),
      /** A language's name as a reader of this page calls it, e.g. "Chinese" on an English page. */
      languageCalled: (code: string) => languageName(code, localeEntry.lang),
    };
  };

  const langOf = (code: string): string => locales.find((entry) => entry.code === code)!.lang;

  return {
    pageText,
    langOf,
    localized,
    /** `lang` for a text where `localized` fell back to another language. */
    fallbackLang: (text: Localized | undefined, locale: string): string | undefined => {
      const shown = text && shownLocale(text, locale);
      return shown && shown !== locale ? langOf(shown) : undefined;
    },
    /** A calendar day (YYYY-MM-DD) in a language, formatted in UTC so no time zone moves it. */
    formatDay: (day: string, lang: string): string =>
      new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${day}T00:00:00Z`),
      ),
    programAnchor: (program: string): string =>
      anchorOf(programs.find((entry) => entry.id === program)!),
  };
}

export type PageText = ReturnType<ReturnType<typeof textsFor>['pageText']>;
