// Generates a partners folder of any size for the build benchmark: valid records (community
// partners with every field, adopters with few) and one logo each, in the shapes real logos
// come in. Seeded, so the same size always gives the same files and runs stay comparable.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dump } from 'js-yaml';
import sharp from 'sharp';
import { projectConfig } from '../scripts/project-config.ts';
import type { PartnerRecordInput } from '../src/schema/record.ts';

const { serviceIds: SERVICE_IDS, regionIds: REGION_IDS } = projectConfig();

/** The shapes and grounds real logos arrive in (see partners/): each has its own trimming and fitting case. */
export const LOGO_KINDS = [
  'png-square-transparent',
  'png-wordmark-white',
  'png-tall-transparent',
  'png-wordmark-transparent',
  'svg-square-white',
  'svg-wordmark-transparent',
  'svg-tall-white',
] as const;
type LogoKind = (typeof LOGO_KINDS)[number];

export interface SyntheticSet {
  dir: string;
  partners: number;
  pngLogos: number;
  svgLogos: number;
  logoSourceBytes: number;
}

/** Writes `count` records and their logos into `dir` (which should be empty). */
export async function writeSyntheticPartners(
  dir: string,
  count: number,
  seed = 1,
): Promise<SyntheticSet> {
  await mkdir(dir, { recursive: true });
  const set: SyntheticSet = { dir, partners: count, pngLogos: 0, svgLogos: 0, logoSourceBytes: 0 };
  // One logo per core at a time: rasterizing is the slow part, and sharp uses one thread per image.
  let next = 0;
  const writeOne = async (index: number) => {
    const random = seededRandom(seed * 100_003 + index);
    const id = `${pick(random, SYLLABLES)}${pick(random, SYLLABLES)}-${index + 1}`;
    const kind = LOGO_KINDS[index % LOGO_KINDS.length];
    const logo = await syntheticLogo(kind, random);
    const logoFile = `${id}.${kind.startsWith('svg') ? 'svg' : 'png'}`;
    await writeFile(path.join(dir, logoFile), logo);
    await writeFile(path.join(dir, `${id}.yaml`), syntheticRecordYaml(id, index, logoFile, random));
    if (kind.startsWith('svg')) set.svgLogos++;
    else set.pngLogos++;
    set.logoSourceBytes += logo.length;
  };
  await Promise.all(
    Array.from({ length: Math.max(1, os.availableParallelism()) }, async () => {
      while (next < count) await writeOne(next++);
    }),
  );
  return set;
}

const SYLLABLES = 'nor va lo kir sen ta mi ro zen qua bel do xi pa lun tor'.split(' ');
const SUFFIXES = 'Cloud Systems Technologies Labs Networks Group Data Software'.split(' ');

function syntheticRecordYaml(
  id: string,
  index: number,
  logo: string,
  random: () => number,
): string {
  // 4 in 10 community partners only, 2 in 10 in both programs, the rest adopters (who keep a logo here,
  // so that every record costs one logo and the timings scale with N).
  const slot = index % 10;
  const programs: PartnerRecordInput['programs'] =
    slot < 4 ? ['community-partner'] : slot < 6 ? ['community-partner', 'adopter'] : ['adopter'];
  const base = id.replace(/-\d+$/, '');
  const name = `${base[0].toUpperCase()}${base.slice(1)} ${pick(random, SUFFIXES)} ${index + 1}`;
  const record: PartnerRecordInput = { name, website: `https://${id}.example/`, programs, logo };
  if (programs.includes('community-partner')) {
    record.description = {
      en: `${name} runs Karmada control planes for ${2 + Math.floor(random() * 40)} customers, with multi-cluster scheduling, failover and ${pick(random, ['24x7 support', 'on-site training', 'migration consulting', 'a managed service'])} across clouds and data centres.`,
      ...(random() < 0.7
        ? {
            zh: `${name} 为客户提供基于 Karmada 的多集群调度、故障迁移与跨云管理服务，并提供技术支持与培训。`,
          }
        : {}),
    };
    record.services = subset(random, SERVICE_IDS, 1, 3);
    record.regions = subset(random, REGION_IDS, 1, 3);
    record.contact =
      random() < 0.5 ? { email: `partners@${id}.example` } : { github: `${base}-maintainer` };
    record.since = `20${22 + Math.floor(random() * 4)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}`;
    if (random() < 0.3)
      record.case_studies = [
        {
          title: `How ${name} runs Karmada in production`,
          url: `https://${id}.example/blog/karmada`,
        },
      ];
  }
  return `# synthetic record for npm run bench\n${dump(record)}`;
}

/** One logo, drawn from shapes only (no text, so no fonts are needed), different for every seed. */
async function syntheticLogo(kind: LogoKind, random: () => number): Promise<Buffer> {
  const hue = Math.floor(random() * 360);
  const color = `hsl(${hue}, 70%, 38%)`;
  const accent = `hsl(${(hue + 150) % 360}, 65%, 50%)`;
  // Content size, in px for PNGs (300-1500 px on the long side, like the real ones) or user units for SVGs.
  let width: number;
  let height: number;
  if (kind.includes('square')) {
    width = height = 300 + Math.floor(random() * 700);
  } else if (kind.includes('wordmark')) {
    width = 900 + Math.floor(random() * 600);
    height = Math.round(width / (4 + random() * 5));
  } else {
    width = 300 + Math.floor(random() * 300);
    height = Math.round(width * (1.5 + random()));
  }
  const margin = Math.round(Math.min(width, height) * (0.08 + random() * 0.2));
  const shapes = kind.includes('wordmark')
    ? wordmarkShapes(random, width, height, color, accent)
    : markShapes(random, Math.min(width, height), color, accent, height - width);
  const ground = kind.endsWith('white')
    ? `<rect width="${width + 2 * margin}" height="${height + 2 * margin}" fill="#ffffff"/>`
    : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width + 2 * margin}" height="${height + 2 * margin}" viewBox="0 0 ${width + 2 * margin} ${height + 2 * margin}">${ground}<g transform="translate(${margin} ${margin})">${shapes}</g></svg>`;
  if (kind.startsWith('svg')) return Buffer.from(svg);
  const image = sharp(Buffer.from(svg));
  // A white-ground PNG has no alpha channel, as logos exported "on white" usually do.
  return kind.endsWith('white')
    ? image.flatten({ background: '#ffffff' }).png().toBuffer()
    : image.png().toBuffer();
}

function markShapes(
  random: () => number,
  size: number,
  color: string,
  accent: string,
  extraHeight: number,
): string {
  const r = size / 2;
  const parts = [`<circle cx="${r}" cy="${r}" r="${r}" fill="${color}"/>`];
  // A few random spokes and dots make every mark different, so no two sources hash alike.
  for (let i = 0; i < 3 + Math.floor(random() * 4); i++) {
    const angle = random() * Math.PI * 2;
    const x = r + Math.cos(angle) * r * 0.6;
    const y = r + Math.sin(angle) * r * 0.6;
    parts.push(
      `<path d="M${r} ${r} L${x.toFixed(1)} ${y.toFixed(1)}" stroke="${accent}" stroke-width="${(size * 0.06).toFixed(1)}" stroke-linecap="round"/>`,
    );
    parts.push(
      `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${(size * (0.05 + random() * 0.05)).toFixed(1)}" fill="#ffffff"/>`,
    );
  }
  // Tall logos: the mark above a stack of "text" lines.
  for (
    let y = size + size * 0.15, line = 0;
    y < size + extraHeight - size * 0.1;
    y += size * 0.22, line++
  ) {
    const lineWidth = size * (0.5 + random() * 0.5);
    parts.push(
      `<rect x="${((size - lineWidth) / 2).toFixed(1)}" y="${y.toFixed(1)}" width="${lineWidth.toFixed(1)}" height="${(size * 0.12).toFixed(1)}" rx="${(size * 0.03).toFixed(1)}" fill="${line === 0 ? color : accent}"/>`,
    );
  }
  return parts.join('');
}

function wordmarkShapes(
  random: () => number,
  width: number,
  height: number,
  color: string,
  accent: string,
): string {
  const parts = [
    `<rect width="${height}" height="${height}" rx="${(height * 0.2).toFixed(1)}" fill="${accent}"/>`,
  ];
  // "Letters": bars and bowls of random widths, like a word set in a heavy typeface.
  let x = height * 1.25;
  while (x < width - height * 0.3) {
    const glyph = height * (0.25 + random() * 0.45);
    if (random() < 0.5) {
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${(height * 0.15).toFixed(1)}" width="${glyph.toFixed(1)}" height="${(height * 0.7).toFixed(1)}" rx="${(glyph * 0.2).toFixed(1)}" fill="${color}"/>`,
      );
    } else {
      parts.push(
        `<ellipse cx="${(x + glyph / 2).toFixed(1)}" cy="${(height * 0.55).toFixed(1)}" rx="${(glyph / 2).toFixed(1)}" ry="${(height * 0.3).toFixed(1)}" fill="none" stroke="${color}" stroke-width="${(height * 0.1).toFixed(1)}"/>`,
      );
    }
    x += glyph + height * 0.12;
  }
  return parts.join('');
}

function seededRandom(seed: number): () => number {
  // mulberry32: small, fast and good enough to vary test data.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function subset<T>(random: () => number, items: readonly T[], min: number, max: number): T[] {
  const shuffled = [...items].sort(() => random() - 0.5);
  return shuffled.slice(0, min + Math.floor(random() * (max - min + 1)));
}
