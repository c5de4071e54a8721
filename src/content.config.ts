import { defineCollection } from 'astro:content';
import { z } from 'zod';
import config from 'virtual:partners-directory/config';
import { partnersLoader } from './content/partners-loader.ts';
import { programsLoader } from './content/programs-loader.ts';
import { createProgramFrontMatterSchema } from './schema/program.ts';

// The site's collections. `partners` is filled by our own validator (see partners-loader.ts);
// `programs` by our own front matter check (see programs-loader.ts), which reports positions.
export const collections = {
  partners: defineCollection({ loader: partnersLoader(config) }),
  programs: defineCollection({
    loader: programsLoader(config),
    // The loader checks the front matter itself; this types the entries.
    schema: createProgramFrontMatterSchema(config).extend({
      locale: z.enum(config.localeCodes as [string, ...string[]]),
      slug: z.string(),
    }),
  }),
};
