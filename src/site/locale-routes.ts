import type { SiteConfig } from '../config/site-config.ts';
import { DIRECTORY_PATH } from './directory-paths.ts';

/**
 * Where each page of a site lives: the default language at the root, the others under /<code>/.
 * Built from the configuration's locale table, so another site's routes come from its own.
 */
export function routesFor({
  localeCodes,
  defaultLocale,
  programs,
}: Pick<SiteConfig, 'localeCodes' | 'defaultLocale' | 'programs'>) {
  const localePrefix = (locale: string) => (locale === defaultLocale ? '' : `/${locale}`);
  const directoryPath = (locale: string) => `${localePrefix(locale)}${DIRECTORY_PATH}`;
  /** A program's list of members beside the directory, e.g. /adopters/ (a program's `list`). */
  const listPath = (locale: string, list: string) => `${localePrefix(locale)}/${list}/`;
  return {
    localePrefix,
    directoryPath,
    partnerPath: (locale: string, id: string) => `${directoryPath(locale)}${id}/`,
    /** A program's page; `programs` is a reserved record id, so no organization's page can take it. */
    programPath: (locale: string, slug: string) => `${directoryPath(locale)}programs/${slug}/`,
    /** The page a static host serves for an unknown URL under a language's directory. */
    notFoundPath: (locale: string) => `${directoryPath(locale)}404.html`,
    /** The folder of each language's directory, as site paths: `/partners/`, `/zh/partners/`. */
    directoryFolders: () => localeCodes.map(directoryPath),
    listPath,
    /** Every folder the directory writes into a host site: its own, and its list pages' (`/adopters/`). */
    publishedFolders: () => [
      ...localeCodes.map(directoryPath),
      ...programs.flatMap(({ list }) =>
        list ? localeCodes.map((locale) => listPath(locale, list)) : [],
      ),
    ],
    /** Route parameters of each language, for `getStaticPaths` of the `[...lang]` pages. */
    localeParams: () =>
      localeCodes.map((locale) => ({
        params: { lang: locale === defaultLocale ? undefined : locale },
        locale,
      })),
    /** The language of the page being rendered (Astro derives it from the URL). */
    pageLocale: (astro: { currentLocale?: string | undefined }) => {
      const locale = astro.currentLocale;
      return locale && localeCodes.includes(locale) ? locale : defaultLocale;
    },
    /** The same page in every language, e.g. for hreflang links and the language switch. */
    alternatesOf: (pathIn: (locale: string) => string): Record<string, string> =>
      Object.fromEntries(localeCodes.map((locale) => [locale, pathIn(locale)])),
  };
}

export type Routes = ReturnType<typeof routesFor>;
