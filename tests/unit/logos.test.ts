import { projectConfig } from '../support/site-config.ts';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { loadPartners } from '../../src/data/load-partners.ts';
import { describeProblem, formatProblem, ProblemError } from '../../src/core/problems.ts';
import { LOGO_BOX, fitLogo, normalizeLogo } from '../../src/logos/normalize-logo.ts';
import { processLogos } from '../../src/logos/process-logos.ts';
import { checkSvg } from '../../src/logos/svg-safety.ts';
import { sniffLogoFormat } from '../../src/logos/logo-limits.ts';
import { PARTNER_YAML, makePartnersDir, makePng } from '../support/temp-partners.ts';

const SVG_MARK =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><rect x="50" y="25" width="100" height="50" fill="#123456"/></svg>';

/** A PNG whose header claims these dimensions, with almost no data: a decompression bomb's shape. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', Buffer.alloc(16)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('fitting logos by area', () => {
  it('gives a square mark and a wide wordmark about the same area, inside the box', () => {
    const square = fitLogo(500, 500);
    const wide = fitLogo(1200, 300);
    const veryWide = fitLogo(6921, 970);
    for (const fitted of [square, wide, veryWide]) {
      expect(fitted.width).toBeLessThanOrEqual(LOGO_BOX.width);
      expect(fitted.height).toBeLessThanOrEqual(LOGO_BOX.height);
    }
    const area = (size: { width: number; height: number }) => size.width * size.height;
    expect(area(wide) / area(square)).toBeGreaterThan(0.8);
    expect(area(wide) / area(square)).toBeLessThan(1.25);
    // A 7:1 wordmark is clamped by the box's width, yet stays within 2x of the square's area, not 3x.
    expect(area(square) / area(veryWide)).toBeLessThan(2);
    expect(veryWide.width).toBe(LOGO_BOX.width);
  });
});

describe('normalizeLogo', () => {
  it('trims transparent margins and writes AVIF and PNG at 1x and 2x with content-hashed names', async () => {
    const logo = await normalizeLogo(await makePng(1200, 600, { margin: 200 }), 'png', 'acme');
    // 800x200 of content once the margins are gone: a 4:1 mark.
    expect(logo.width / logo.height).toBeCloseTo(4, 1);
    expect(logo.images.map((image) => [image.type, image.scale])).toEqual([
      ['image/avif', 1],
      ['image/png', 1],
      ['image/avif', 2],
      ['image/png', 2],
    ]);
    for (const image of logo.images) {
      expect(image.name).toMatch(
        new RegExp(`^acme-[0-9a-f]{10}\\.${image.type === 'image/avif' ? 'avif' : 'png'}$`),
      );
      const metadata = await sharp(image.bytes).metadata();
      expect([metadata.width, metadata.height]).toEqual([image.width, image.height]);
      expect(image.width).toBe(logo.width * image.scale);
    }
    expect((await sharp(logo.images[1].bytes).metadata()).format).toBe('png');
    expect((await sharp(logo.images[0].bytes).metadata()).format).toBe('heif');
    expect(logo.warnings).toEqual([]);
  });

  it('trims a white ground around an RGB logo without alpha', async () => {
    const rgb = await sharp(await makePng(900, 300, { margin: 100, background: '#ffffff' }))
      .flatten({ background: '#ffffff' })
      .removeAlpha()
      .png()
      .toBuffer();
    const logo = await normalizeLogo(rgb, 'png', 'white');
    expect(logo.width / logo.height).toBeCloseTo(7 / 1, 0);
  });

  it('keeps a logo drawn on a dark card whole: only transparent and near-white margins are cut', async () => {
    const card = await sharp({
      create: { width: 400, height: 100, channels: 3, background: '#000000' },
    })
      .composite([
        {
          input: await sharp({
            create: { width: 200, height: 40, channels: 3, background: '#ffffff' },
          })
            .png()
            .toBuffer(),
          left: 100,
          top: 30,
        },
      ])
      .png()
      .toBuffer();
    // The black card (4:1) stays whole, not cut down to the white text on it (5:1).
    expect(
      (await normalizeLogo(card, 'png', 'card')).width /
        (await normalizeLogo(card, 'png', 'card')).height,
    ).toBeCloseTo(4, 1);
    // With a white frame around it, the frame goes and the card stays.
    const framed = await sharp(card)
      .extend({ top: 50, bottom: 50, left: 50, right: 50, background: '#ffffff' })
      .png()
      .toBuffer();
    const logo = await normalizeLogo(framed, 'png', 'card');
    expect(logo.width / logo.height).toBeCloseTo(4, 1);
  });

  it('draws a safe SVG sharply at 2x', async () => {
    const logo = await normalizeLogo(Buffer.from(SVG_MARK), 'svg', 'vector');
    expect(logo.width / logo.height).toBeCloseTo(2, 1);
    expect(logo.images.find((image) => image.scale === 2)?.width).toBe(logo.width * 2);
    expect(logo.warnings).toEqual([]);
  });

  it('warns, without failing, about a raster smaller than its 2x size and an almost empty logo', async () => {
    const small = await normalizeLogo(await makePng(60, 30, { margin: 2 }), 'png', 'small');
    expect(small.warnings.map(describeProblem).join()).toMatch(
      /smaller than the \d+x\d+ px it is shown at on high-density screens/,
    );
    const blank = await normalizeLogo(
      await sharp({
        create: {
          width: 400,
          height: 200,
          channels: 4,
          background: { r: 0, g: 0, b: 0, alpha: 0 },
        },
      })
        .png()
        .toBuffer(),
      'png',
      'blank',
    );
    expect(blank.warnings.map(describeProblem).join()).toContain('has almost no visible content');
  });

  it('refuses a PNG that decodes to billions of pixels, at once', async () => {
    const started = performance.now();
    await expect(normalizeLogo(pngClaiming(100_000, 100_000), 'png', 'bomb')).rejects.toThrow(
      /decodes to more than 32 million pixels/,
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a truncated PNG and a file over the size limit', async () => {
    const png = await makePng();
    await expect(
      normalizeLogo(png.subarray(0, png.length - 30), 'png', 'cut'),
    ).rejects.toBeInstanceOf(ProblemError);
    await expect(
      normalizeLogo(Buffer.concat([png, Buffer.alloc(6 * 1024 * 1024)]), 'png', 'huge'),
    ).rejects.toThrow(/over the 5 MB limit/);
  });

  it('refuses a PNG too small to trim as too small, not as broken', async () => {
    for (const [width, height] of [
      [1, 1],
      [2, 40],
    ]) {
      const tiny = await sharp({ create: { width, height, channels: 4, background: '#123456' } })
        .png()
        .toBuffer();
      const refused = await normalizeLogo(tiny, 'png', 'tiny').catch((error) => error);
      expect(refused).toBeInstanceOf(ProblemError);
      expect((refused as ProblemError).problem).toEqual({
        severity: 'error',
        message: `is ${width}x${height} px, too small: a logo needs at least 3 px on each side`,
        hint: 'send an SVG or a larger PNG',
      });
    }
  });
});

describe('SVG safety', () => {
  const unsafe: [string, string, RegExp][] = [
    [
      'a script',
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="10" height="10"/></svg>',
      /<script> element/,
    ],
    [
      'an event handler',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>',
      /event handler onload/,
    ],
    [
      'foreignObject',
      '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject></svg>',
      /<foreignObject> element/,
    ],
    [
      'an external image',
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="https://evil.example/x.png" width="10" height="10"/></svg>',
      /external reference xlink:href="https:\/\/evil\.example/,
    ],
    [
      'a data: image',
      '<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/svg+xml;base64,PHN2Zz4=" width="10" height="10"/></svg>',
      /external reference href="data:/,
    ],
    [
      'a javascript: link',
      '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><rect width="10" height="10"/></a></svg>',
      /external reference href="javascript:/,
    ],
    [
      'an external url() in a style',
      '<svg xmlns="http://www.w3.org/2000/svg"><style>rect{fill:url(https://evil.example/p.svg#a)}</style><rect width="10" height="10"/></svg>',
      /external url\(https:\/\/evil\.example/,
    ],
    [
      'a DOCTYPE with entities',
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>',
      /<!DOCTYPE> declaration/,
    ],
  ];
  for (const [name, svg, expected] of unsafe) {
    it(`refuses ${name}`, async () => {
      expect(checkSvg(svg).unsafe.join('; ')).toMatch(expected);
      await expect(normalizeLogo(Buffer.from(svg), 'svg', 'evil')).rejects.toThrow(
        /is an unsafe SVG: it contains/,
      );
    });
  }

  it('recognizes an SVG that opens with a DOCTYPE, and refuses it for that, not as an unknown format', async () => {
    const laughs =
      '<?xml version="1.0"?>\n<!DOCTYPE svg [\n <!ENTITY lol "lol">\n <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n]>\n<svg xmlns="http://www.w3.org/2000/svg"><text>&lol2;</text></svg>';
    expect(sniffLogoFormat(Buffer.from(laughs))).toBe('svg');
    await expect(normalizeLogo(Buffer.from(laughs), 'svg', 'laughs')).rejects.toThrow(
      /<!DOCTYPE> declaration/,
    );
  });

  it('reports each unsafe construct once, as written in the file', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg"><g style="fill:url(https://evil.example/p.svg#a)"><path d="M0 0h10v10z"/></g></svg>';
    expect(checkSvg(svg).unsafe).toEqual([
      'an external url(https://evil.example/p.svg#a) in style on <g>',
    ]);
  });

  it('draws an SVG of extreme proportions or refuses it with a reason, never crashing', async () => {
    const wide =
      '<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="4000" viewBox="0 0 100000 4000"><rect width="100000" height="4000"/></svg>';
    expect((await normalizeLogo(Buffer.from(wide), 'svg', 'wide')).width).toBe(LOGO_BOX.width);
    const hairline =
      '<svg xmlns="http://www.w3.org/2000/svg" width="50000" height="1" viewBox="0 0 50000 1"><rect width="50000" height="1"/></svg>';
    await expect(normalizeLogo(Buffer.from(hairline), 'svg', 'hairline')).rejects.toThrow(
      /is drawn as an empty image/,
    );
  });

  it('accepts internal references such as gradients', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0" stop-color="#000"/></linearGradient></defs><rect width="10" height="10" fill="url(#g)"/><use href="#g"/></svg>';
    expect(checkSvg(svg).unsafe).toEqual([]);
  });
});

describe('processLogos', () => {
  it('encodes each logo once, and a rebuild with unchanged logos does no image work', async () => {
    const dir = await makePartnersDir({
      'acme-cloud.yaml': PARTNER_YAML,
      'acme.png': await makePng(),
      'vector-co.yaml': PARTNER_YAML.replace('Acme Cloud', 'Vector Co')
        .replace('acme.example', 'vector.example')
        .replace('acme.png', 'vector.svg'),
      'vector.svg': SVG_MARK,
    });
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'karmada-logo-cache-'));
    const { records } = await loadPartners(dir, projectConfig, path.dirname(dir));
    const cold = await processLogos(records, cacheDir);
    expect([cold.encoded, cold.cached]).toEqual([2, 0]);
    const warm = await processLogos(records, cacheDir);
    expect([warm.encoded, warm.cached]).toEqual([0, 2]);
    expect(warm.logos.get('acme-cloud')).toEqual(cold.logos.get('acme-cloud'));
  });

  it("says a 1x1 PNG is too small, with the minimum, on the record's logo line", async () => {
    const dir = await makePartnersDir({
      'acme-cloud.yaml': PARTNER_YAML,
      'acme.png': await sharp({
        create: { width: 1, height: 1, channels: 4, background: '#123456' },
      })
        .png()
        .toBuffer(),
    });
    const { records } = await loadPartners(dir, projectConfig, path.dirname(dir));
    const { problems } = await processLogos(
      records,
      await mkdtemp(path.join(os.tmpdir(), 'karmada-logo-cache-')),
    );
    expect(problems.map(formatProblem)).toEqual([
      'partners/acme-cloud.yaml:4:7 error logo: "acme.png" is 1x1 px, too small: a logo needs at least 3 px on each side; send an SVG or a larger PNG',
    ]);
  });

  it('names the record and the logo file when a logo is broken', async () => {
    const dir = await makePartnersDir({
      'acme-cloud.yaml': PARTNER_YAML,
      'acme.png': pngClaiming(50_000, 50_000),
    });
    const { records } = await loadPartners(dir, projectConfig, path.dirname(dir));
    const { problems } = await processLogos(
      records,
      await mkdtemp(path.join(os.tmpdir(), 'karmada-logo-cache-')),
    );
    expect(problems).toMatchObject([
      {
        file: 'partners/acme-cloud.yaml',
        field: 'logo',
        severity: 'error',
        position: { line: 4, column: 7 },
      },
    ]);
    expect(problems[0].message).toMatch(/^"acme\.png" decodes to more than 32 million pixels$/);
  });
});
