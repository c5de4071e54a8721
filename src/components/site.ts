// What every component and page knows of the site: the configuration the integration read
// (a virtual module, never a second reading) and the routes and texts built from it.
import config, { logos } from 'virtual:partners-directory/config';
import { routesFor } from '../site/locale-routes.ts';
import { textsFor, type Localized } from '../site/page-text.ts';

export { config, logos };
export const {
  localeParams,
  pageLocale,
  directoryPath,
  partnerPath,
  programPath,
  alternatesOf,
  listPath,
} = routesFor(config);
export const { pageText, localized, fallbackLang, programAnchor, langOf, formatDay } =
  textsFor(config);

/** The header's and footer's words in `locale`, and the `lang` of one shown in another language. */
export const navigationText = (locale: string) => ({
  text: (value: Localized) => localized(value, locale)!,
  lang: (value: Localized) => fallbackLang(value, locale),
});
