import { z } from 'zod';

export const siteSchema = z.strictObject({
  url: z
    .url({ protocol: /^https?$/, error: 'must be an absolute https URL' })
    .describe(
      'The origin the site is served from, e.g. https://example.org: canonical links, sitemap, feed.',
    ),
});
