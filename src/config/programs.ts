import { z } from 'zod';
import { localizedTextSchema } from './localized-text.ts';

/** An id, anchor or path: it goes into URLs and record files as it is. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

export const REQUIRABLE_FIELDS = ['logo', 'description', 'services', 'contact'] as const;

/** A tab on the page, a value of a record's `programs`; its words are its program pages'. */
export const programSchema = z.strictObject({
  id: slugSchema.describe('The value records list under "programs", e.g. community-partner.'),
  anchor: slugSchema
    .optional()
    .describe("The tab's address on the page, e.g. community-partners for #community-partners."),
  label: localizedTextSchema.describe('The tab and heading, per language.'),
  listing: z
    .enum(['cards', 'logos'])
    .default('logos')
    .describe(
      'cards: a card per member with description, services, regions and filters; logos: a wall of logos.',
    ),
  list: slugSchema
    .optional()
    .describe(
      'The page that lists every member with its website, usage and case studies, as a path beside the directory: adopters for /adopters/ (and /zh/adopters/). Written by the build and by --into; none when absent.',
    ),
  requires: z
    .array(z.enum(REQUIRABLE_FIELDS))
    .default([])
    .describe(`Record fields its members must fill in, of: ${REQUIRABLE_FIELDS.join(', ')}.`),
});

export const programsSchema = z
  .array(programSchema)
  .min(1, 'must list at least one program')
  .describe('The programs, in the order of their tabs; the first opens with the page.');
