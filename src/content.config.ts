import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { partnersLoader } from './content/partners-loader.ts';
import { programsLoader } from './programs/programs-loader.ts';
import { programFrontMatterSchema } from './schema/program.ts';
import { LOCALES } from './schema/vocabulary.ts';

// The site's collections. `partners` is filled by our own validator (see partners-loader.ts);
// `programs` by our own front matter check (see programs-loader.ts), which reports positions.
export const collections = {
  partners: defineCollection({ loader: partnersLoader() }),
  programs: defineCollection({
    loader: programsLoader(),
    // The loader checks the front matter itself; this types the entries.
    schema: programFrontMatterSchema.extend({
      locale: z.enum(LOCALES as [string, ...string[]]),
      slug: z.string(),
    }),
  }),
};
