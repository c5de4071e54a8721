import { z } from 'zod';
import { localizedTextSchema } from './localized-text.ts';

const linkSchema = z.strictObject({
  label: z.string().trim().min(1).describe('The link text, e.g. github.com/example/community.'),
  url: z.url().describe('Where the link goes: an absolute https URL.'),
});

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
  community: linkSchema
    .optional()
    .describe('Where the community works in the open, e.g. its GitHub repository.'),
  chat: z
    .strictObject({
      workspace: z.string().trim().min(1).describe('The chat service, e.g. CNCF Slack.'),
      channel: z.string().trim().min(1).describe('The channel, e.g. #general.'),
      url: z.url().describe('A link that opens the channel.'),
    })
    .optional()
    .describe('Where to ask the maintainers a question.'),
});

export type ProjectConfig = z.output<typeof projectSchema>;
