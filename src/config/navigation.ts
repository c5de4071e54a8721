import { z } from 'zod';
import { inlineLinks } from '../core/inline-markdown.ts';
import { localizedMaps } from './localized-text.ts';

// The header's and footer's links and labels, per language. Links are absolute https URLs, so
// the same build works inside the project's site and on a standalone preview.

const isHttpsUrl = (value: string) => URL.parse(value)?.protocol === 'https:';

const text = (max: number) =>
  z.string().trim().min(1, 'must not be blank').max(max, `must be at most ${max} characters`);
const httpsUrl = z.string().trim().refine(isHttpsUrl, { message: 'must be an absolute https URL' });

/** One value for every language, or a map of locale codes to values (the default language's required). */
const localized = <T extends z.ZodType<string>>(value: T) => {
  const schema = z.union([value, z.record(z.string(), value)]);
  localizedMaps.add(schema, { localized: true });
  return schema;
};

const localizedLabelSchema = localized(text(120));
const localizedUrlSchema = localized(httpsUrl);

const linkSchema = z.strictObject({ label: localizedLabelSchema, href: localizedUrlSchema });

const navItemSchema = z
  .strictObject({
    label: localizedLabelSchema,
    href: localizedUrlSchema.optional(),
    directory: z
      .literal(true)
      .optional()
      .describe(
        "true for the item that is this directory: it links to the directory page in the visitor's language and is marked as the current one.",
      ),
  })
  .refine((item) => (item.href === undefined) !== (item.directory === undefined), {
    message: 'needs exactly one of "href" and "directory: true"',
  });

const noteSchema = localized(text(600)).refine(
  (note) =>
    (typeof note === 'string' ? [note] : Object.values(note)).every((line) =>
      inlineLinks(line).every((segment) => !segment.href || isHttpsUrl(segment.href)),
    ),
  { message: 'links must be absolute https URLs, written [text](https://...)' },
);

export const headerSchema = z.strictObject({
  title: localizedLabelSchema.describe('The text beside the logo, e.g. the project name.'),
  home: localizedUrlSchema.describe("Where the logo and title lead: the project's home page."),
  nav: z
    .array(navItemSchema)
    .min(1, 'must list at least one item')
    .refine((items) => items.filter((item) => item.directory).length === 1, {
      message: 'must have exactly one item with "directory: true"',
    })
    .describe('The navigation links, left to right.'),
  repository: linkSchema
    .optional()
    .describe(
      "The project's source repository, shown as an icon at the end (GitHub's mark for github.com); the label is its accessible name.",
    ),
  search: linkSchema
    .optional()
    .describe(
      "A link to the project site's own search page (e.g. Docusaurus's /search), shown as a search button at the end.",
    ),
  announcement: noteSchema
    .optional()
    .describe(
      'A line shown in a bar above the header, as the project site shows its announcement bar; Markdown links [text](https://...) allowed.',
    ),
  menu: localizedLabelSchema.describe("The phone menu button's text, per language."),
  nav_label: localizedLabelSchema.describe("The navigation landmark's accessible name."),
});

export const footerSchema = z.strictObject({
  columns: z
    .array(
      z.strictObject({
        title: localizedLabelSchema,
        links: z.array(linkSchema).min(1, 'must list at least one link'),
      }),
    )
    .describe('Columns of links, left to right.'),
  notes: z
    .array(noteSchema)
    .describe(
      'Lines under the columns (copyright, trademarks), per language. Markdown links [text](https://...) are allowed; {year} becomes the year of the build.',
    ),
});
