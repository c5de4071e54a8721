import { createHash } from 'node:crypto';
import sharp, { type OutputInfo, type SharpOptions } from 'sharp';
import { ProblemError, type Problem } from '../core/problems.ts';
import {
  MAX_LOGO_PIXELS,
  MIN_LOGO_SIDE,
  logoBytesProblem,
  type LogoFormat,
} from './logo-limits.ts';
import { checkSvg } from './svg-safety.ts';

/** The box a logo is shown in on a card, in CSS pixels. */
export const LOGO_BOX = { width: 160, height: 64 } as const;
// Every logo gets the same area (45% of the box) before it is clamped to the box, so a square
// mark and a long wordmark carry about the same visual weight.
const LOGO_AREA_SHARE = 0.45;
export const LOGO_SCALES = [1, 2] as const;

// An SVG is drawn this large before trimming, so its 2x output is still sharp.
const SVG_RENDER_LONG_SIDE = 1280;

export const PIPELINE_SETTINGS = {
  // Bump when the pipeline's code changes what it writes, so cached entries are not reused.
  version: 5,
  box: LOGO_BOX,
  areaShare: LOGO_AREA_SHARE,
  scales: LOGO_SCALES,
  // Effort 3 encodes in about half the time of 4 for 2-3% more bytes (measured by npm run bench).
  // Quality 40 (sharp keeps AVIF's colour at full resolution, 4:4:4) writes the real logos 12-14%
  // smaller than 50; their edges soften only when zoomed far past 2x.
  avif: { quality: 40, effort: 3 },
  png: { palette: true, quality: 90, effort: 7, compressionLevel: 9 },
  // Near-white counts as margin, like the white ground of RGB logos without alpha.
  trimThreshold: 24,
};

export type NormalizedLogo = Awaited<ReturnType<typeof normalizeLogo>>;

type RawImage = { data: Buffer; info: OutputInfo };

const refuse = (message: string, hint: string) =>
  new ProblemError({ severity: 'error', message, hint });

const fromRaw = ({ data, info: { width, height, channels } }: RawImage) =>
  sharp(data, { raw: { width, height, channels } });

/** Displayed size for a trimmed logo of this shape: equal area, then clamped into the box. */
export function fitLogo(width: number, height: number) {
  const aspect = width / height;
  const fittedHeight = Math.sqrt((LOGO_BOX.width * LOGO_BOX.height * LOGO_AREA_SHARE) / aspect);
  const fittedWidth = fittedHeight * aspect;
  const shrink = Math.min(1, LOGO_BOX.width / fittedWidth, LOGO_BOX.height / fittedHeight);
  const side = (length: number) => Math.max(1, Math.round(length * shrink));
  return { width: side(fittedWidth), height: side(fittedHeight) };
}

/** Trims, fits and encodes one logo; a ProblemError says what is wrong with the file itself. */
export async function normalizeLogo(source: Buffer, format: LogoFormat, baseName: string) {
  const tooLarge = logoBytesProblem(source.length);
  if (tooLarge) throw new ProblemError(tooLarge);
  let trimmed: RawImage;
  try {
    const input = format === 'svg' ? await svgInput(source) : sharpInput(source);
    const { width, height } = await input.metadata();
    if (!width || !height) throw refuse('has no size', 'export the logo again');
    // Said plainly here, since the trimming below would fail on it with a cryptic reason.
    if (format === 'png' && Math.min(width, height) < MIN_LOGO_SIDE)
      throw refuse(
        `is ${width}x${height} px, too small: a logo needs at least ${MIN_LOGO_SIDE} px on each side`,
        'send an SVG or a larger PNG',
      );
    trimmed = await trimMargins(
      await input.ensureAlpha().raw().toBuffer({ resolveWithObject: true }),
    );
  } catch (error) {
    throw asProblemError(error);
  }

  const { width, height } = trimmed.info;
  const display = fitLogo(width, height);
  const warnings: Problem[] = [];
  const warn = (message: string, hint: string) =>
    warnings.push({ severity: 'warning', message, hint });
  if (format === 'png' && (width < display.width * 2 || height < display.height * 2))
    warn(
      `is ${width}x${height} px after trimming, smaller than the ${display.width * 2}x${display.height * 2} px it is shown at on high-density screens (it will look blurry)`,
      'send an SVG or a larger PNG',
    );
  const encode = async (scale: number, extension: 'avif' | 'png') => {
    const { data: bytes, info } = await fromRaw(trimmed)
      // Never enlarge: a small source stays its own size and the browser scales it.
      .resize(Math.min(display.width * scale, width), Math.min(display.height * scale, height), {
        fit: 'fill',
        kernel: 'lanczos3',
      })
      .toFormat(extension, PIPELINE_SETTINGS[extension])
      .toBuffer({ resolveWithObject: true });
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
    // Content-hashed, e.g. `acme-1a2b3c4d5e.avif`.
    const name = `${baseName}-${hash}.${extension}`;
    const size = { width: info.width, height: info.height };
    return { name, type: `image/${extension}` as const, scale, ...size, bytes };
  };
  const images = await Promise.all(
    LOGO_SCALES.flatMap((scale) => [encode(scale, 'avif'), encode(scale, 'png')]),
  );
  // Judged on the largest output rather than the source: the same answer for far fewer pixels.
  if (await isAlmostBlank(images.at(-1)!.bytes))
    warn(
      'has almost no visible content (it is nearly all transparent or white)',
      'check that the right file was sent',
    );
  return { width: display.width, height: display.height, images, warnings };
}

// Cuts transparent and near-white margins only: sharp's trim alone takes the top-left pixel's
// colour as the margin, which would eat into a logo drawn on a dark card.
async function trimMargins(decoded: RawImage): Promise<RawImage> {
  // On white, transparent margins become white margins: one trim against white finds both.
  // Flattened in a step of its own, since sharp trims before anything else in a pipeline.
  const onWhite = await fromRaw(decoded)
    .flatten({ background: '#ffffff' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const { info: box } = await fromRaw(onWhite)
    .trim({ background: '#ffffff', threshold: PIPELINE_SETTINGS.trimThreshold })
    .toBuffer({ resolveWithObject: true });
  return fromRaw(decoded)
    .extract({
      left: -(box.trimOffsetLeft ?? 0),
      top: -(box.trimOffsetTop ?? 0),
      width: box.width,
      height: box.height,
    })
    .raw()
    .toBuffer({ resolveWithObject: true });
}

// failOn 'truncated' refuses cut-off files instead of drawing half a logo.
const sharpInput = (source: Buffer, options: SharpOptions = {}) =>
  sharp(source, { limitInputPixels: MAX_LOGO_PIXELS, failOn: 'truncated', ...options });

async function svgInput(source: Buffer) {
  const check = checkSvg(source.toString('utf8'));
  if (!check.cleaned)
    throw refuse(
      `is an unsafe SVG: it contains ${check.unsafe.join(', ')}`,
      'export a plain SVG without scripts, embedded documents or links to other files',
    );
  const svg = Buffer.from(check.cleaned);
  // Reading the size draws nothing, so the pixel limit applies only to the drawing below.
  const { width = 0, height = 0 } = await sharp(svg, { limitInputPixels: false }).metadata();
  const longSide = Math.max(width, height);
  if (!longSide) throw refuse('has no size', 'give the <svg> a viewBox');
  // sharp accepts densities from 1 to 100000 dpi.
  const density = Math.min(Math.max(72 * (SVG_RENDER_LONG_SIDE / longSide), 1), 7200);
  return sharpInput(svg, { density });
}

/** No pixel strays from near-white once the logo sits on white. */
async function isAlmostBlank(png: Buffer): Promise<boolean> {
  const onWhite = await sharp(png).flatten({ background: '#ffffff' }).raw().toBuffer();
  return onWhite.every((value) => value > 235);
}

/** sharp's and librsvg's errors, in the words of the person who sent the file. */
function asProblemError(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message))
    return refuse(
      `decodes to more than ${MAX_LOGO_PIXELS / 1_000_000} million pixels`,
      'export it at a sensible size (a logo needs well under 2000 px on its longer side)',
    );
  if (/zero-sized|empty/i.test(message))
    return refuse(
      'is drawn as an empty image',
      'check its width, height and viewBox, or export it again',
    );
  if (/unsupported image format/i.test(message))
    return refuse('is not an image sharp can read', 'export the logo again as SVG or PNG');
  return refuse(
    `is broken or truncated (${message.split('\n')[0]})`,
    'export the logo again as SVG or PNG',
  );
}
