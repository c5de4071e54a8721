import type { APIRoute } from 'astro';
import { logoFiles, publishedPartners } from '../../content/partners-collection.ts';
import { LOGO_URL_PREFIX } from '../../data/publish.ts';
import { pageText } from '../../i18n/page-text.ts';
import { DEFAULT_LOCALE, PROGRAM_IDS } from '../../schema/vocabulary.ts';
import { renderOgImage } from '../../social/og-image.ts';

// The card shared on social media: the title, each program's count, the first tab's logos.
export const GET: APIRoute = async () => {
  const partners = await publishedPartners();
  const members = (program: string) =>
    partners.filter((partner) => partner.programs.includes(program));
  const logoNames = new Set(
    members(PROGRAM_IDS[0]).flatMap((partner) =>
      partner.logo ? [partner.logo.src.slice(LOGO_URL_PREFIX.length)] : [],
    ),
  );
  const logos = (await logoFiles()).filter((file) => logoNames.has(file.name));
  const t = pageText(DEFAULT_LOCALE);
  const image = await renderOgImage(
    t.pageTitle,
    PROGRAM_IDS.map((program) => t.programCount(members(program).length, t.programs[program])).join(
      ' · ',
    ),
    logos,
  );
  return new Response(new Uint8Array(image), { headers: { 'Content-Type': 'image/png' } });
};
