import type { SiteConfig } from '../config/site-config.ts';
import { DIRECTORY_PATH } from './directory-paths.ts';

/** Where each page of a site lives: the default language at the root, the others under /<code>/. */
export function routesFor({
  localeCodes,
  defaultLocale,
  programs,
}: Pick<SiteConfig, 'localeCodes' | 'defaultLocale' | 'programs'>) {
  const localePrefix = (locale: string) => (locale === defaultLocale ? '' : `/${locale}`);
  const directoryPath = (locale: string) => `${localePrefix(locale)}${DIRECTORY_PATH}`;
  /** A program's `list` page beside the directory, e.g. /adopters/. */
  const listPath = (locale: string, list: string) => `${localePrefix(locale)}/${list}/`;
  return {
    localePrefix,
    directoryPath,
    partnerPath: (locale: string, id: string) => `${directoryPath(locale)}${id}/`,
    /** A program's page; `programs` is a reserved record id (`reservedId`), so no organization's page can take it. */
    programPath: (locale: string, slug: string) => `${directoryPath(locale)}programs/${slug}/`,
    notFoundPath: (locale: string) => `${directoryPath(locale)}404.html`,
    directoryFolders: () => localeCodes.map(directoryPath),
    listPath,
    /** Every folder the directory writes into a host site: its own, and its list pages' (`/adopters/`). */
    publishedFolders: () => [
      ...localeCodes.map(directoryPath),
      ...programs.flatMap(({ list }) =>
        list ? localeCodes.map((locale) => listPath(locale, list)) : [],
      ),
    ],
    /** For `getStaticPaths` of the `[...lang]` pages. */
    localeParams: () =>
      localeCodes.map((locale) => ({
        params: { lang: locale === defaultLocale ? undefined : locale },
        locale,
      })),
    pageLocale: ({ currentLocale }: { currentLocale?: string | undefined }) =>
      currentLocale && localeCodes.includes(currentLocale) ? currentLocale : defaultLocale,
    /** The same page in every language, for hreflang links and the language switch. */
    alternatesOf: (pathIn: (locale: string) => string): Record<string, string> =>
      Object.fromEntries(localeCodes.map((locale) => [locale, pathIn(locale)])),
  };
}

export type Routes = ReturnType<typeof routesFor>;
