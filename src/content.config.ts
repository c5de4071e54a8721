import { defineCollection } from 'astro:content';
import { z } from 'zod';
import config from 'virtual:partners-directory/config';
import { partnersLoader, programsLoader } from './content/collection-loaders.ts';
import { createProgramFrontMatterSchema } from './schema/program.ts';

// Filled by our own checks, which report positions (see content/collection-loaders.ts).
export const collections = {
  partners: defineCollection({ loader: partnersLoader(config) }),
  programs: defineCollection({
    loader: programsLoader(config),
    // The loader checks the front matter itself; this types the entries.
    schema: createProgramFrontMatterSchema(config).extend({
      locale: z.enum(config.localeCodes),
      slug: z.string(),
    }),
  }),
};
