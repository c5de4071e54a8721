import { LOCALES, type Locale } from '../schema/vocabulary.ts';

/** Route parameters of each language: English at the site's root, the others under /<locale>/. */
export function localeParams(): { params: { lang: string | undefined }; locale: Locale }[] {
  return LOCALES.map((locale) => ({
    params: { lang: locale === 'en' ? undefined : locale },
    locale,
  }));
}
