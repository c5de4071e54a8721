import { z } from 'zod';

// The project site's logo, colours and type scale, so the directory reads as one more page of
// it. The site darkens or lightens the colours per theme where text needs WCAG AA contrast.

const hexColor = z
  .string()
  .trim()
  .regex(/^#[0-9a-f]{6}$/i, 'must be a colour written #rrggbb')
  .transform((value) => value.toLowerCase());

const svgPath = z
  .string()
  .trim()
  .regex(/\.svg$/i, 'must be an .svg file')
  .refine((value) => !value.startsWith('/') && !value.includes('\\'), {
    message: 'must be a path relative to the configuration file, with forward slashes',
  });

export const brandSchema = z.strictObject({
  logo: z
    .strictObject({
      light: svgPath.describe('The logo on the light theme (SVG), relative to this file.'),
      dark: svgPath.optional().describe('The logo on the dark theme; the light one if absent.'),
      height: z
        .number()
        .min(16, 'must be at least 16')
        .max(64, 'must be at most 64')
        .default(32)
        .describe('Its height in the header, in CSS pixels.'),
    })
    .describe("The project's logo in the header, beside the title."),
  colors: z.strictObject({
    primary: hexColor.describe(
      "The project's primary colour (links, buttons, the current item); adjusted per theme for contrast.",
    ),
    footer_background: hexColor
      .optional()
      .describe('Background of the footer, in both themes; the page background if absent.'),
  }),
  typography: z.strictObject({
    font_family: z
      .string()
      .trim()
      .min(1, 'must not be blank')
      .regex(/^[\w\s,'"-]+$/, 'must be a CSS font-family list (names, quotes and commas)')
      .describe('The CSS font-family list of body text.'),
    line_height: z.number().min(1).max(2.5).describe('Line height of body text, e.g. 1.65.'),
    headings: z
      .strictObject({
        h1: z.number().min(1).max(4).describe('Size of page titles, in rem.'),
        h2: z.number().min(0.75).max(3).describe('Size of section headings, in rem.'),
        h3: z.number().min(0.75).max(3).describe('Size of card headings, in rem.'),
      })
      .describe('Heading sizes, in rem of a 16 px base.'),
  }),
});

export type BrandConfig = z.output<typeof brandSchema>;
