// Generates a partners folder of any size for the build benchmark: the real records as
// templates (community partners with every field, adopters with few), each copy under its own
// name (its names in other languages stay), website and logo, the logos drawn in the shapes
// real logos come in. Seeded, so the same size always gives the same files and runs stay
// comparable.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dump, load } from 'js-yaml';
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
  let next = 0;
  const worker = async () => {
    while (next < count) await writeOne(next++);
  };
  await Promise.all(Array.from({ length: os.availableParallelism() }, worker));
  return set;
}

// Per shape, the mark's size in px and the long side's ratio to it, [least, most]: 300 to
// 1,500 px on the long side, like the real logos.
const SHAPES: Record<string, { mark: number[]; ratio: number[] }> = {
  square: { mark: [300, 1000], ratio: [1, 1] },
  wordmark: { mark: [100, 250], ratio: [4, 6] },
  tall: { mark: [300, 600], ratio: [1.5, 2.5] },
};

/**
 * One logo, drawn from shapes only (no text, so no fonts are needed) and different for every
 * seed, so no two sources hash alike: a round mark with random dots, and beside it (a wordmark)
 * or under it (a tall logo) bars of random lengths for the "letters".
 */
async function syntheticLogo(format: string, [shape, ground]: string[], random: () => number) {
  const between = ([least, most]: number[]) => least + random() * (most - least);
  const hue = Math.floor(random() * 360);
  const [color, accent] = [`hsl(${hue}, 70%, 38%)`, `hsl(${(hue + 150) % 360}, 65%, 50%)`];
  const mark = Math.round(between(SHAPES[shape].mark));
  const long = Math.round(mark * between(SHAPES[shape].ratio));
  const margin = Math.round(mark * between([0.08, 0.28]));
  const [width, height] = (shape === 'tall' ? [mark, long] : [long, mark]).map(
    (side) => side + 2 * margin,
  );
  const parts = [svgElement('circle', { cx: mark / 2, cy: mark / 2, r: mark / 2, fill: color })];
  for (let dot = 0; dot < 3 + random() * 4; dot++) {
    const [cx, cy, r] = [between([0.2, 0.8]), between([0.2, 0.8]), between([0.05, 0.1])];
    parts.push(svgElement('circle', { cx: cx * mark, cy: cy * mark, r: r * mark, fill: accent }));
  }
  for (let at = mark * 1.2; at < long - mark * 0.3; at += mark * 0.25) {
    const bar = mark * between([0.3, 1]);
    const fill = random() < 0.5 ? color : accent;
    parts.push(
      shape === 'tall'
        ? svgElement('rect', { x: 0, y: at, width: bar, height: mark * 0.12, fill })
        : svgElement('rect', {
            x: at,
            y: mark * 0.15,
            width: mark * 0.12,
            height: bar * 0.7,
            fill,
          }),
    );
  }
  const white = ground === 'white' ? svgElement('rect', { width, height, fill: '#ffffff' }) : '';
  const svg = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${white}<g transform="translate(${margin} ${margin})">${parts.join('')}</g></svg>`,
  );
  if (format === 'svg') return svg;
  // A white-ground PNG has no alpha channel, as logos exported "on white" usually do.
  const image = ground === 'white' ? sharp(svg).flatten({ background: '#ffffff' }) : sharp(svg);
  return image.png().toBuffer();
}

const svgElement = (name: string, attributes: Record<string, number | string>) =>
  `<${name} ${Object.entries(attributes)
    .map(([key, value]) => `${key}="${typeof value === 'number' ? +value.toFixed(1) : value}"`)
    .join(' ')}/>`;

/** mulberry32: small, fast and good enough to vary test data. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
