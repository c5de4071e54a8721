import type { LocalizedConfigText } from '../config/localized-text.ts';
import { anchorOf, type SiteConfig } from '../config/site-config.ts';
import { languageName } from '../core/text.ts';
import { STRINGS } from '../i18n/strings.ts';

type Texts = Record<string, string | undefined>;

/** What the pages of the site `config` describes say, in each of its languages. */
export function textsFor(config: SiteConfig) {
  const { defaultLocale, project, locales, programs } = config;
  const inLocale = (text: LocalizedConfigText, locale: string): string =>
    text[locale] ?? text[defaultLocale]!;
  const labels = (terms: { id: string; label: LocalizedConfigText }[], locale: string) =>
    Object.fromEntries(terms.map((term) => [term.id, inLocale(term.label, locale)]));

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
      pageDescription: inLocale(project.description, locale),
      intro: inLocale(project.intro, locale),
      footer: inLocale(project.footer, locale),
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
  /** The language a record's text is shown in on a page in `locale`: its own, the default, any. */
  const shownLocale = (text: Texts, locale: string) =>
    [locale, defaultLocale, ...Object.keys(text)].find((code) => text[code] !== undefined);

  return {
    pageText,
    langOf,
    /** A record's text in the visitor's language, else the default language's, else any there is. */
    localized: (text: Texts | undefined, locale: string): string | undefined => {
      const shown = text && shownLocale(text, locale);
      return shown && text[shown];
    },
    /** `lang` for a record's text where `localized` fell back to another language. */
    fallbackLang: (text: Texts | undefined, locale: string): string | undefined => {
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
