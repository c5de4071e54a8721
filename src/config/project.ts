import { z } from 'zod';
import { localizedTextSchema } from './localized-text.ts';

/** The project whose partners the site lists. */
export const projectSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1)
    .describe('The project name as visitors know it, e.g. Nimbus Mesh.'),
  description: localizedTextSchema.describe(
    'One sentence for search engines and link previews, per language.',
  ),
  intro: localizedTextSchema.describe('The paragraph under the directory page heading.'),
  footer: localizedTextSchema.describe('The sentence at the start of every page footer.'),
});
