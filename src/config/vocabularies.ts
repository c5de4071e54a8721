import { z } from 'zod';
import { localizedTextSchema } from './localized-text.ts';
import { slugSchema } from './programs.ts';

const termSchema = z.strictObject({
  id: slugSchema.describe('The value records use, e.g. cloud-service.'),
  label: localizedTextSchema.describe('What visitors read, per language.'),
});

export const servicesSchema = z
  .array(termSchema)
  .min(1, 'must list at least one service')
  .describe('Kinds of offering a record may list under "services", in filter order.');

export const regionsSchema = z
  .array(
    termSchema.extend({
      everywhere: z
        .boolean()
        .default(false)
        .describe('true for a region that matches every region filter, e.g. global.'),
    }),
  )
  .min(1, 'must list at least one region')
  .describe('Where organizations offer services, for "regions", in filter order.');
