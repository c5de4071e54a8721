// Theme colours from the primary colour, darkened (light theme) or lightened (dark) until text in
// it meets WCAG AA (4.5:1) on every background: a brand blue like #10a6fa is too light on white.

type Rgb = [number, number, number];

const AA = 4.5;

const parseHex = (hex: string): Rgb =>
  [0, 2, 4].map((start) => Number.parseInt(hex.slice(1 + start, 3 + start), 16)) as Rgb;

/** WCAG 2 relative luminance. */
function luminance(color: Rgb): number {
  const [r, g, b] = color.map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(parseHex(a)), luminance(parseHex(b))].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** `color` mixed with `other`, `share` (0..1) of the way. */
function mix(color: string, other: string, share: number): string {
  const target = parseHex(other);
  const mixed = parseHex(color).map((channel, i) => channel + (target[i] - channel) * share);
  return `#${mixed.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`;
}

/** The colour itself when it is readable on every background, else the least darkened or lightened shade that is. */
function readableOn(color: string, backgrounds: string[], toward: string): string {
  for (let step = 0; step <= 100; step++) {
    const shade = mix(color, toward, step / 100);
    if (backgrounds.every((background) => contrast(shade, background) >= AA)) return shade;
  }
  return toward;
}
/** Each theme's neutrals: Docusaurus's Infima (common on project sites), plus our muted, border, focus. */
export const NEUTRALS = {
  light: {
    bg: '#ffffff',
    surface: '#f5f6f7',
    text: '#1c1e21',
    onAccent: '#ffffff',
    muted: '#4a5360',
    border: '#d5dbe3',
    focus: '#c2410c',
  },
  dark: {
    bg: '#1b1b1d',
    surface: '#242526',
    text: '#e3e3e3',
    onAccent: '#0b1524',
    muted: '#b9bec6',
    border: '#3c4048',
    focus: '#fdba74',
  },
} as const;

export function themeColors(primary: string, theme: 'light' | 'dark') {
  const neutral = NEUTRALS[theme];
  const toward = theme === 'light' ? '#000000' : '#ffffff';
  const badgeBg = mix(neutral.bg, primary, theme === 'light' ? 0.1 : 0.22);
  // Links sit on the page and on cards; buttons carry onAccent text on the accent.
  const accent = readableOn(primary, [neutral.bg, neutral.surface, neutral.onAccent], toward);
  return {
    accent,
    accentText: neutral.onAccent,
    badgeBg,
    badgeText: readableOn(accent, [badgeBg], toward),
  };
}

/** Text on the footer's background: whichever of the two themes' text colours reads better. */
export function textOn(background: string): string {
  return contrast(NEUTRALS.dark.text, background) >= contrast(NEUTRALS.light.text, background)
    ? '#ebedf0'
    : NEUTRALS.light.text;
}
