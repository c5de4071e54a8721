import { z } from 'zod';

/** One language of the site. The first-listed or `default: true` one lives at the root. */
export const localeSchema = z.strictObject({
  code: z
    .string()
    .regex(/^[a-z]{2,3}$/, 'must be a two- or three-letter language code such as en or zh')
    .describe('The code in URLs and in record texts, e.g. zh (pages under /zh/).'),
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag such as zh-CN')
    .describe('The HTML lang of its pages, e.g. zh-CN.'),
  label: z
    .string()
    .trim()
    .min(1)
    .describe('The language name in that language, shown in the language switch, e.g. 中文.'),
  default: z
    .boolean()
    .default(false)
    .describe('true for the language at the site root and the fallback of every text.'),
});

export const localesSchema = z
  .array(localeSchema)
  .min(1, 'must list at least one language')
  .describe('The languages of the site, in the order the language switch lists them.');
