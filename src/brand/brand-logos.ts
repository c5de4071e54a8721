// The header's logos, from the files the site configuration names: checked, minified, given
// content-hashed URLs; a bad file is reported like a record problem (file:line:col field: ...).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { optimize } from 'svgo';
import type { Problem } from '../core/problems.ts';
import { shownPath } from '../core/text.ts';
import { parseYaml } from '../core/yaml.ts';
import { checkSvg } from '../logos/svg-safety.ts';
import { LOGO_URL_PREFIX } from '../site/directory-paths.ts';
import type { BrandConfig } from '../config/brand.ts';

type BrandLogo = Exclude<ReturnType<typeof loadLogo>, string>;
export type BrandLogos = { light: BrandLogo; dark?: BrandLogo };

export function loadBrandLogos(brand: BrandConfig, configFile: string) {
  const problems: Problem[] = [];
  const load = (variant: 'light' | 'dark') => {
    const relative = brand.logo[variant];
    if (relative === undefined) return undefined;
    const file = path.resolve(path.dirname(configFile), relative);
    const loaded = loadLogo(file, variant, brand.logo.height);
    if (typeof loaded !== 'string') return loaded;
    // Only now is the configuration read again, for the line of the field.
    const shown = shownPath(configFile);
    const parsed = parseYaml(readFileSync(configFile), shown);
    problems.push({
      file: shown,
      severity: 'error',
      position: parsed.ok ? parsed.locate(['brand', 'logo', variant]) : undefined,
      field: `brand.logo.${variant}`,
      message: loaded,
      hint: 'name an SVG file relative to the configuration, e.g. brand/logo.svg',
    });
  };
  const light = load('light');
  const dark = load('dark');
  if (problems.length > 0 || !light) return { ok: false as const, problems };
  return { ok: true as const, logos: { light, dark } };
}

/** The logo ready to publish (its URL, size in the header and bytes), or what is wrong with its file. */
function loadLogo(file: string, variant: string, height: number) {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return `cannot be read (${file})`;
  }
  const { unsafe } = checkSvg(source);
  if (unsafe.length > 0) return `is refused: it holds ${unsafe.join('; ')}`;
  // Fewer decimals than the source: invisible at header size, and a fraction of the bytes.
  const svg = optimize(source, { multipass: true, floatPrecision: 1 }).data;
  const viewBox = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  if (!viewBox) return 'has no viewBox, so its proportions are unknown';
  const hash = createHash('sha256').update(svg).digest('hex').slice(0, 10);
  return {
    // A dot in the name: record ids never have one, so no partner logo can take this name.
    url: `${LOGO_URL_PREFIX}site.${variant}-${hash}.svg`,
    width: Math.round(height * (Number(viewBox[1]) / Number(viewBox[2]))),
    height,
    bytes: Buffer.from(svg),
  };
}
