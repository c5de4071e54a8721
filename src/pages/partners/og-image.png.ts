import { readFile } from 'node:fs/promises';
import type { APIRoute } from 'astro';
import { logoFiles, publishedPartners } from '../../content/partners-collection.ts';
import { LOGO_URL_PREFIX } from '../../site/directory-paths.ts';
import { renderOgImage } from '../../social/og-image.ts';
import { config, pageText } from '../../components/site.ts';

// The card shared on social media: the title, each program's count, the first tab's logos.
export const GET: APIRoute = async () => {
  const partners = await publishedPartners();
  const members = (program: string) =>
    partners.filter((partner) => partner.programs.includes(program));
  const logoNames = new Set(
    members(config.programIds[0]).flatMap((partner) =>
      partner.logo ? [partner.logo.src.slice(LOGO_URL_PREFIX.length)] : [],
    ),
  );
  const logos = await Promise.all(
    (await logoFiles())
      .filter((file) => logoNames.has(file.name))
      .map(async (file) => ({ bytes: await readFile(file.file) })),
  );
  const t = pageText(config.defaultLocale);
  const image = await renderOgImage(
    t.pageTitle,
    config.programIds.map((program) => t.programCount(members(program).length, t.programs[program])).join(
      ' · ',
    ),
    logos,
  );
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/png' } });
};
