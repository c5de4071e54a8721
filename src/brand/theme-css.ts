import type { BrandConfig } from '../config/brand.ts';
import { NEUTRALS, textOn, themeColors } from './palette.ts';

/** The custom properties every page's styles use, from the brand configuration, for both themes. */
export function themeCss(brand: BrandConfig): string {
  const theme = (name: 'light' | 'dark') => {
    const neutral = NEUTRALS[name];
    const colors = themeColors(brand.colors.primary, name);
    const footerBg = brand.colors.footer_background ?? neutral.surface;
    return [
      `--bg:${neutral.bg}`,
      `--surface:${neutral.surface}`,
      `--text:${neutral.text}`,
      `--muted:${neutral.muted}`,
      `--border:${neutral.border}`,
      `--focus:${neutral.focus}`,
      `--accent:${colors.accent}`,
      `--accent-text:${colors.accentText}`,
      `--badge-bg:${colors.badgeBg}`,
      `--badge-text:${colors.badgeText}`,
      `--footer-bg:${footerBg}`,
      `--footer-text:${textOn(footerBg)}`,
      // For what only one theme shows (the header's dark logo, its moon): display: var(--dark-only).
      `--dark-only:${name === 'dark' ? 'block' : 'none'}`,
      `--light-only:${name === 'dark' ? 'none' : 'block'}`,
    ].join(';');
  };
  const { typography } = brand;
  const type = [
    `--font-body:${typography.font_family}`,
    `--line-height:${typography.line_height}`,
    `--h1-size:${typography.headings.h1}rem`,
    `--h2-size:${typography.headings.h2}rem`,
    `--h3-size:${typography.headings.h3}rem`,
  ].join(';');
  // The dark theme where the visitor chose it (data-theme, set from the host's localStorage.theme)
  // or, without a choice, where the system prefers it.
  return `:root{${type};${theme('light')}}@media (prefers-color-scheme:dark){:root:not([data-theme=light]){${theme('dark')}}}:root[data-theme=dark]{${theme('dark')}}`;
}
