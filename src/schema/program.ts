import { z } from 'zod';
import type { SiteConfig } from '../config/site-config.ts';
import { plainText, webUrl } from './record.ts';

/** Search engines show about 160 characters of a description; longer ones are cut mid-sentence. */
export const PROGRAM_DESCRIPTION_MAX = 160;

/** A program page's front matter (`<programs>/<locale>/<slug>.md`); its body is the program. */
export const createProgramFrontMatterSchema = ({ programIds }: Pick<SiteConfig, 'programIds'>) =>
  z.strictObject({
    program: z
      .enum(programIds)
      .describe(
        `The program this page describes, one of ${programIds.join(', ')}: its tab on the directory links here.`,
      ),
    title: plainText(100).describe('The page heading, and its title in search results and tabs.'),
    description: plainText(PROGRAM_DESCRIPTION_MAX).describe(
      `What search results and link previews show of the page, at most ${PROGRAM_DESCRIPTION_MAX} characters.`,
    ),
    summary: plainText(600).describe(
      "One paragraph on the program's tab of the directory, above the Apply button.",
    ),
    apply: z
      .strictObject({
        url: webUrl.describe(
          'Where to apply or join: an absolute https URL, exactly as the program document links it.',
        ),
        label: plainText(60).describe('Text of the Apply button, e.g. "Apply on GitHub".'),
      })
      .describe('The Apply button on the tab and on the page.'),
    source: webUrl
      .optional()
      .describe('The published program document this page follows, linked at the end of the page.'),
  });
