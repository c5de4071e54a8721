// A partners folder of any size for the build benchmark: copies of the real records, each under
// its own name, website and logo, the logos drawn in the shapes real logos come in. Seeded, so
// the same size always gives the same files and runs stay comparable.
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dump, load } from 'js-yaml';
import pLimit from 'p-limit';
import sharp from 'sharp';
import type { PartnerRecordInput } from '../src/schema/record.ts';

const TEMPLATES = path.resolve(import.meta.dirname, '../partners');
/** The shapes, grounds and formats real logos arrive in (see partners/): each is its own trimming and fitting case. */
const LOGO_KINDS = [
  'png square transparent',
  'png wordmark white',
  'png tall transparent',
  'png wordmark transparent',
  'svg square white',
  'svg wordmark transparent',
  'svg tall white',
];

/** Writes `count` records and their logos into `dir` (which should be empty). */
export async function writeSyntheticPartners(dir: string, count: number) {
  const templates: PartnerRecordInput[] = [];
  for (const file of (await readdir(TEMPLATES)).filter((name) => name.endsWith('.yaml')).sort())
    templates.push(load(await readFile(path.join(TEMPLATES, file), 'utf8')) as PartnerRecordInput);
  // 6 in 10 community partners (some in both programs), the rest adopters, who keep a logo here
  // too, so that every record costs one logo and the timings scale with N.
  const [partners, adopters] = [true, false].map((partner) =>
    templates.filter((record) => record.programs.includes('community-partner') === partner),
  );
  await mkdir(dir, { recursive: true });
  const set = { pngLogos: 0, svgLogos: 0, logoSourceBytes: 0 };
  const writeOne = async (index: number) => {
    const [format, ...kind] = LOGO_KINDS[index % LOGO_KINDS.length].split(' ');
    const id = `partner-${index + 1}`;
    const logo = await syntheticLogo(format, kind, seededRandom(index + 1));
    const group = index % 10 < 6 ? partners : adopters;
    const template = group[Math.floor(index / 10) % group.length];
    const record: PartnerRecordInput = {
      ...template,
      name: `${template.name} ${index + 1}`,
      website: `https://${id}.example/`,
      logo: `${id}.${format}`,
    };
    await writeFile(path.join(dir, record.logo!), logo);
    await writeFile(
      path.join(dir, `${id}.yaml`),
      `# synthetic record for npm run bench\n${dump(record)}`,
    );
    set[format === 'svg' ? 'svgLogos' : 'pngLogos']++;
    set.logoSourceBytes += logo.length;
  };
  // One logo per core at a time: rasterizing is the slow part, and sharp uses one thread per image.
  const limit = pLimit(os.availableParallelism());
  await Promise.all(Array.from({ length: count }, (_, index) => limit(() => writeOne(index))));
  return set;
}

// Per shape, the mark's size in px and the long side's ratio to it, [least, most]: 300 to
// 1,500 px on the long side, like the real logos.
const SHAPES: Record<string, { mark: number[]; ratio: number[] }> = {
  square: { mark: [300, 1000], ratio: [1, 1] },
  wordmark: { mark: [100, 250], ratio: [4, 6] },
  tall: { mark: [300, 600], ratio: [1.5, 2.5] },
};

// One logo, from shapes only (no fonts needed), different for every seed so no two hash alike: a
// round mark, and bars across it (square), beside it (a wordmark's "letters") or under it (tall).
async function syntheticLogo(format: string, [shape, ground]: string[], random: () => number) {
  const between = ([least, most]: number[]) => least + random() * (most - least);
  const hue = Math.floor(random() * 360);
  const colors = [`hsl(${hue}, 70%, 38%)`, `hsl(${(hue + 150) % 360}, 65%, 50%)`];
  const mark = Math.round(between(SHAPES[shape].mark));
  const long = Math.round(mark * between(SHAPES[shape].ratio));
  const margin = Math.round(mark * between([0.08, 0.28]));
  const [width, height] = (shape === 'tall' ? [mark, long] : [long, mark]).map(
    (side) => side + 2 * margin,
  );
  const parts = [`<circle cx="${mark / 2}" cy="${mark / 2}" r="${mark / 2}" fill="${colors[0]}"/>`];
  const step = mark * 0.25;
  for (let at = shape === 'square' ? step : mark + step; at < long - step; at += step) {
    const [along, length, thickness] = [at, mark * between([0.3, 0.7]), mark * 0.12].map((size) =>
      size.toFixed(1),
    );
    const box =
      shape === 'tall'
        ? `x="0" y="${along}" width="${length}" height="${thickness}"`
        : `x="${along}" y="${mark * 0.15}" width="${thickness}" height="${length}"`;
    parts.push(`<rect ${box} fill="${colors[Math.round(random())]}"/>`);
  }
  const white =
    ground === 'white' ? `<rect width="${width}" height="${height}" fill="#ffffff"/>` : '';
  const svg = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${white}<g transform="translate(${margin} ${margin})">${parts.join('')}</g></svg>`,
  );
  if (format === 'svg') return svg;
  // A white-ground PNG has no alpha channel, as logos exported "on white" usually do.
  const image = ground === 'white' ? sharp(svg).flatten({ background: '#ffffff' }) : sharp(svg);
  return image.png().toBuffer();
}

/** Numbers from 0 to 1, the same for the same seed. */
function seededRandom(seed: number): () => number {
  let count = 0;
  return () => createHash('sha256').update(`${seed}:${count++}`).digest().readUInt32LE() / 2 ** 32;
}
