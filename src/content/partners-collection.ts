import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { PublishedPartner } from '../data/publish.ts';
import type { LogoImageFile } from '../logos/process-logos.ts';

// A type, not an interface: the store takes plain records (Record<string, unknown>).
export type PartnerEntry = {
  /** Its place in the directory's order (by name), which the store does not keep. */
  order: number;
  partner: PublishedPartner;
  /** Files of the logo cache, so no bytes go through the store. */
  logoFiles: LogoImageFile[];
};

async function entries(): Promise<PartnerEntry[]> {
  const collection = await getCollection('partners');
  return collection.map((entry) => entry.data as PartnerEntry).sort((a, b) => a.order - b.order);
}

export async function publishedPartners(): Promise<PublishedPartner[]> {
  return (await entries()).map((entry) => entry.partner);
}

/** Every normalized logo file of the published organizations, by name (which starts with the id). */
export async function logoFiles(): Promise<LogoImageFile[]> {
  const files = (await entries()).flatMap((entry) => entry.logoFiles);
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

// The logo files of one format, e.g. /logos/acme-1a2b3c4d5e.avif: one route per extension, so
// each URL is a file's, without the pages' trailing slash.
export function logoEndpoint(extension: 'avif' | 'png') {
  return {
    getStaticPaths: (async () =>
      (await logoFiles())
        .filter((file) => file.name.endsWith(`.${extension}`))
        .map((file) => ({
          params: { name: file.name.slice(0, -`.${extension}`.length) },
          props: { file },
        }))) satisfies GetStaticPaths,
    GET: (async ({ props }) => {
      const { file } = props as { file: LogoImageFile };
      return new Response(new Uint8Array(await readFile(file.file)), {
        headers: { 'Content-Type': file.type },
      });
    }) satisfies APIRoute,
  };
}
