import { defineCollection } from 'astro:content';
import { partnersLoader } from './content/partners-loader.ts';

// The site's collections. `partners` is filled by our own validator (see partners-loader.ts).
export const collections = {
  partners: defineCollection({ loader: partnersLoader() }),
};
