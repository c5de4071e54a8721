import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';

/** A partners folder of its own for one test: file name -> content. */
export async function makePartnersDir(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'karmada-partners-test-'));
  const dir = path.join(root, 'partners');
  await mkdir(dir);
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

/** A small logo: a dark shape on a margin, like a real one. */
export async function makePng(
  width = 400,
  height = 160,
  options: { margin?: number; background?: string } = {},
): Promise<Buffer> {
  const margin = options.margin ?? 20;
  const mark = await sharp({
    create: {
      width: width - 2 * margin,
      height: height - 2 * margin,
      channels: 4,
      background: '#123456',
    },
  })
    .png()
    .toBuffer();
  return sharp({
    create: {
      width,
      height,
      channels: 4,
      background: options.background ?? { r: 0, g: 0, b: 0, alpha: 0 },
    },
  })
    .composite([{ input: mark, left: margin, top: margin }])
    .png()
    .toBuffer();
}

export const PARTNER_YAML = `name: Acme Cloud
website: https://acme.example/
programs: [community-partner]
logo: acme.png
description:
  en: Managed Karmada control planes.
  zh: 托管的 Karmada 控制面。
services: [support, cloud-service]
regions: [europe]
contact:
  email: partners@acme.example
`;

export const ADOPTER_YAML = `name: Beta Corp
website: https://beta.example/
programs: [adopter]
`;
