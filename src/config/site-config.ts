import { z } from 'zod';
import { STRINGS } from '../i18n/strings.ts';
import { localesSchema } from './locales.ts';
import type { LocalizedConfigText } from './localized-text.ts';
import { programsSchema } from './programs.ts';
import { projectSchema } from './project.ts';
import { siteSchema } from './site.ts';
import { regionsSchema, servicesSchema } from './vocabularies.ts';
import { brandSchema } from './brand.ts';
import { footerSchema, headerSchema, navigationTexts } from './navigation.ts';

/**
 * Every section of site.config.yaml, one schema per section. A new section is one more file
 * and one more line here.
 */
const sections = {
  project: projectSchema,
  site: siteSchema,
  locales: localesSchema,
  programs: programsSchema,
  services: servicesSchema,
  regions: regionsSchema,
  brand: brandSchema,
  header: headerSchema,
  footer: footerSchema,
};

type Sections = z.output<z.ZodObject<typeof sections>>;

export const siteConfigSchema = z
  .strictObject(sections)
  .superRefine((config, ctx) => {
    const issue = (path: PropertyKey[], message: string, input: unknown, hint: string) =>
      ctx.addIssue({ code: 'custom', path, message, input, params: { hint } });
    const codes = new Set(config.locales.map((locale) => locale.code));
    unique(config.locales, 'code', ['locales'], issue);
    unique(config.programs, 'id', ['programs'], issue);
    unique(
      config.programs.map((program) => ({ anchor: anchorOf(program) })),
      'anchor',
      ['programs'],
      issue,
    );
    unique(
      config.programs.map((program) => ({ list: program.list ?? Symbol() })),
      'list',
      ['programs'],
      issue,
    );
    config.programs.forEach((program, index) => {
      const taken = program.list === 'partners' || codes.has(program.list ?? '');
      if (taken)
        issue(
          ['programs', index, 'list'],
          'is a path the directory itself uses (partners, or a language code)',
          program.list,
          'choose another path, e.g. adopters',
        );
    });
    unique(config.services, 'id', ['services'], issue);
    unique(config.regions, 'id', ['regions'], issue);
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
    const defaultCode = defaultLocaleOf(config).code;
    for (const [path, text] of localizedTexts(config)) {
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
    defaultLocale: defaultLocaleOf(config).code,
    // The vocabularies as lists of ids, in the order the configuration gives them.
    localeCodes: config.locales.map((locale) => locale.code),
    programIds: config.programs.map((program) => program.id),
    serviceIds: config.services.map((term) => term.id),
    regionIds: config.regions.map((term) => term.id),
  }));

export type SiteConfig = z.output<typeof siteConfigSchema>;

/** The anchor of a program's tab: its own `anchor`, else its id. */
export const anchorOf = (program: { id: string; anchor?: string }) => program.anchor ?? program.id;

function defaultLocaleOf(config: Pick<Sections, 'locales'>) {
  return config.locales.find((locale) => locale.default) ?? config.locales[0];
}

function unique<T, K extends keyof T>(
  items: T[],
  key: K,
  path: PropertyKey[],
  issue: (path: PropertyKey[], message: string, input: unknown, hint: string) => void,
) {
  const seen = new Set<unknown>();
  items.forEach((item, index) => {
    if (seen.has(item[key]))
      issue([...path, index, key], 'is listed twice', item[key], 'keep one entry per id');
    seen.add(item[key]);
  });
}

/** Every per-language text of the configuration, with where it sits. */
function localizedTexts(config: Sections): [PropertyKey[], LocalizedConfigText][] {
  const texts: [PropertyKey[], LocalizedConfigText][] = [
    [['project', 'description'], config.project.description],
    [['project', 'intro'], config.project.intro],
    [['project', 'footer'], config.project.footer],
  ];
  config.programs.forEach((program, index) => {
    texts.push([['programs', index, 'label'], program.label]);
  });
  config.services.forEach((term, index) => texts.push([['services', index, 'label'], term.label]));
  config.regions.forEach((term, index) => texts.push([['regions', index, 'label'], term.label]));
  texts.push(...navigationTexts(config.header, config.footer));
  return texts;
}
