import { z } from 'zod';

/**
 * A text in each language of the site, keyed by locale code (`en: Adopter Group`). The
 * composition checks the codes against the locale table; a language left out shows the
 * default language's text.
 */
export const localizedTextSchema = z
  .record(z.string(), z.string().trim().min(1, 'must not be blank'))
  .describe('A text per language, keyed by locale code, e.g. en: Adopters');

export type LocalizedConfigText = z.output<typeof localizedTextSchema>;
