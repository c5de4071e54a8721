import { z } from 'zod';
import { localizedTextSchema } from './localized-text.ts';

const termSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens')
    .describe('The value records use, e.g. cloud-service.'),
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
