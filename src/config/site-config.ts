import { z } from 'zod';
import { defOf, unwrapSchema } from '../core/zod-problems.ts';
import { STRINGS } from '../i18n/strings.ts';
import { localesSchema } from './locales.ts';
import { localizedMaps } from './localized-text.ts';
import { programsSchema } from './programs.ts';
import { projectSchema } from './project.ts';
import { siteSchema } from './site.ts';
import { regionsSchema, servicesSchema } from './vocabularies.ts';
import { brandSchema } from './brand.ts';
import { footerSchema, headerSchema } from './navigation.ts';

// One schema per section of site.config.yaml: a new section is one more file and one more line.
const sectionsSchema = z.strictObject({
  project: projectSchema,
  site: siteSchema,
  locales: localesSchema,
  programs: programsSchema,
  services: servicesSchema,
  regions: regionsSchema,
  brand: brandSchema,
  header: headerSchema,
  footer: footerSchema,
});

export const siteConfigSchema = sectionsSchema
  .superRefine((config, ctx) => {
    const issue = (path: PropertyKey[], message: string, input: unknown, hint: string) =>
      ctx.addIssue({ code: 'custom', path, message, input, params: { hint } });
    const unique = (section: string, key: string, values: unknown[]) =>
      values.forEach((value, index) => {
        if (values.indexOf(value) < index)
          issue([section, index, key], 'is listed twice', value, 'keep one entry per id');
      });
    const localeCodes = config.locales.map((locale) => locale.code);
    const codes = new Set(localeCodes);
    const ids = (items: { id: string }[]) => items.map((item) => item.id);
    unique('locales', 'code', localeCodes);
    unique('programs', 'id', ids(config.programs));
    unique('programs', 'anchor', config.programs.map(anchorOf));
    // A program without a list page takes no path, so two of them do not collide.
    const listPaths = config.programs.map((program) => program.list ?? Symbol());
    unique('programs', 'list', listPaths);
    unique('services', 'id', ids(config.services));
    unique('regions', 'id', ids(config.regions));
    config.programs.forEach((program, index) => {
      if (program.list === 'partners' || codes.has(program.list ?? ''))
        issue(
          ['programs', index, 'list'],
          'is a path the directory itself uses (partners, or a language code)',
          program.list,
          'choose another path, e.g. adopters',
        );
    });
    config.locales.forEach((locale, index) => {
      if (!Object.hasOwn(STRINGS, locale.code))
        issue(
          ['locales', index, 'code'],
          `has no interface translation (there are: ${Object.keys(STRINGS).join(', ')})`,
          locale.code,
          'use one of those, or translate the interface in src/i18n/strings.ts',
        );
    });
    const defaults = config.locales.filter((locale) => locale.default);
    if (defaults.length > 1)
      issue(
        ['locales', config.locales.indexOf(defaults[1]), 'default'],
        'marks a second default language',
        true,
        'keep "default: true" on one language only',
      );
    const defaultCode = defaultLocaleOf(config.locales);
    for (const [path, text] of localizedTexts(sectionsSchema, config)) {
      for (const code of Object.keys(text))
        if (!codes.has(code))
          issue(
            [...path, code],
            `is not a language of the site (${[...codes].join(', ')})`,
            code,
            'add the language to "locales" or remove this text',
          );
      if (text[defaultCode] === undefined)
        issue(
          [...path, defaultCode],
          'is required',
          undefined,
          `add the ${defaultCode} text: ${defaultCode} is the default language`,
        );
    }
  })
  .transform((config) => ({
    ...config,
    defaultLocale: defaultLocaleOf(config.locales),
    localeCodes: config.locales.map((locale) => locale.code),
    programIds: config.programs.map((program) => program.id),
    serviceIds: config.services.map((term) => term.id),
    regionIds: config.regions.map((term) => term.id),
  }));

export type SiteConfig = z.output<typeof siteConfigSchema>;

export const anchorOf = (program: { id: string; anchor?: string }) => program.anchor ?? program.id;

const defaultLocaleOf = (locales: { code: string; default: boolean }[]) =>
  (locales.find((locale) => locale.default) ?? locales[0]).code;

/** Every per-language map of the configuration (a value of `localizedMaps`), with where it sits. */
function localizedTexts(
  schema: z.core.$ZodType,
  value: unknown,
  path: PropertyKey[] = [],
): [PropertyKey[], Record<string, string>][] {
  if (typeof value !== 'object' || value === null) return [];
  const inner = unwrapSchema(schema);
  if (localizedMaps.get(inner)) return [[path, value as Record<string, string>]];
  const { shape, element } = defOf(inner);
  if (shape) {
    const fields = value as Record<string, unknown>;
    return Object.entries(shape).flatMap(([key, field]) =>
      localizedTexts(field, fields[key], [...path, key]),
    );
  }
  if (!element || !Array.isArray(value)) return [];
  return value.flatMap((item, index) => localizedTexts(element, item, [...path, index]));
}
