import { z } from 'zod';
import type { SiteConfig } from '../config/site-config.ts';
import { languageName } from '../core/text.ts';

export const STATUS_IDS = ['active', 'withdrawn'] as const;
const enumOf = (values: readonly string[]) => z.enum(values as [string, ...string[]]);

/** File names of records: they become URL slugs and anchors. */
export const RECORD_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Ids whose page URL (/partners/<id>/) the site itself uses: program pages live under /partners/programs/. */
export const RESERVED_RECORD_IDS: readonly string[] = ['programs'];
export const DESCRIPTION_MAX = 400;
export const NAME_MAX = 80;
/** GitHub's rule for logins: letters, digits and single inner hyphens, at most 39 characters. */
export const GITHUB_LOGIN_PATTERN = '[A-Za-z\\d](?:[A-Za-z\\d]|-(?=[A-Za-z\\d])){0,38}';
const GITHUB_LOGIN = new RegExp(`^${GITHUB_LOGIN_PATTERN}$`);
const MARKUP = /<\/?[a-z!][^>]*>/i;
// Control and invisible formatting characters (zero-width spaces, right-to-left overrides) would
// make a name look blank or different from what is stored. Line breaks and tabs are fine.
const INVISIBLE = /[\p{Cf}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** Schemes a visitor can safely follow; `http:` only with a warning (see record-warnings). */
const WEB_SCHEMES = new Set(['https:', 'http:']);

export function isWebUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return WEB_SCHEMES.has(url.protocol) && url.hostname !== '';
}

/** What the JSON Schema checks of a web URL: the scheme, before the validator's full check. */
export const WEB_URL_PATTERN = '^\\s*[Hh][Tt][Tt][Pp][Ss]?:';

const hasNoCredentials = (value: string) =>
  !URL.canParse(value) || (new URL(value).username === '' && new URL(value).password === '');

export const webUrl = z
  .string()
  .trim()
  .refine(isWebUrl, { message: 'must be an absolute https URL' })
  .refine(hasNoCredentials, { message: 'must not contain a user name or password' })
  // For editors: "iri", not "uri", since RFC 3986 URIs are ASCII and the validator (WHATWG URL)
  // takes international domains such as https://bücher.example/; the scheme in any case.
  .meta({ format: 'iri', pattern: WEB_URL_PATTERN });

export const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be blank')
    .max(max, `must be at most ${max} characters`)
    .refine((text) => !MARKUP.test(text), { message: 'must be plain text, without HTML tags' })
    .refine((text) => !INVISIBLE.test(text), {
      message: 'must not contain invisible or control characters (such as zero-width spaces)',
    });

/** One language's text of a description, as checked wherever a description is typed. */
export const descriptionTextSchema = plainText(DESCRIPTION_MAX);

// A plain string is the default language's text; a map gives one text per language of the site.
export const localizedTextSchema = ({ localeCodes, defaultLocale }: SiteConfig) =>
  z
    .union([
      descriptionTextSchema.meta({ description: `${languageName(defaultLocale)} text.` }),
      z.strictObject(
        Object.fromEntries(
          localeCodes.map((code) => [
            code,
            code === defaultLocale
              ? descriptionTextSchema.describe(
                  `${languageName(code)} text (required: the fallback for every language).`,
                )
              : descriptionTextSchema.optional().describe(`${languageName(code)} text.`),
          ]),
        ),
      ),
    ])
    .transform((text): LocalizedText =>
      typeof text === 'string' ? { [defaultLocale]: text } : (text as LocalizedText),
    );

/** A record's text per language code; the default language's is always there. */
export type LocalizedText = Record<string, string | undefined>;

export const caseStudySchema = z.strictObject({
  title: plainText(200).describe('Title of the talk, article or page.'),
  url: webUrl.describe('Where to read or watch it: an absolute https URL.'),
});

export const contactSchema = z
  .strictObject({
    email: z
      .email('must be a valid e-mail address')
      .optional()
      .describe('E-mail address of the person maintainers talk to.'),
    github: z
      .string()
      .trim()
      .regex(
        GITHUB_LOGIN,
        'must be a GitHub login (letters, digits and single hyphens, without "@")',
      )
      .optional()
      .describe('GitHub login of the person maintainers talk to, without "@".'),
  })
  .refine((contact) => contact.email !== undefined || contact.github !== undefined, {
    message: 'needs at least one of "email" and "github"',
  });

const uniqueList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .refine((list) => new Set(list).size === list.length, { message: 'must not repeat an entry' });

const logoPath = z
  .string()
  .trim()
  .regex(/\.(svg|png)$/i, 'must be a .svg or .png file')
  .refine((path) => !path.startsWith('/') && !/^[a-z]:[\\/]/i.test(path) && !path.includes('\\'), {
    message: 'must be a path relative to the record, with forward slashes',
  });

const namesSchema = (OTHER_NAME_LOCALES: string[]) =>
  z
    .strictObject(
      Object.fromEntries(
        OTHER_NAME_LOCALES.map((locale) => [
          locale,
          plainText(NAME_MAX)
            .optional()
            .describe(
              `The organization's own name in ${languageName(locale)}, e.g. 华为 for Huawei.`,
            ),
        ]),
      ),
    )
    .refine((names) => Object.values(names).some((name) => name !== undefined), {
      message: `needs a name for at least one of ${OTHER_NAME_LOCALES.join(', ')}`,
      // An unknown language key is reported on its own; "needs a name" would only repeat it.
      when: (payload) => payload.issues.length === 0,
    });

/** Programs whose members must fill in more fields than name, website and programs. */
export const programRequirements = (config: SiteConfig) =>
  config.programs
    .filter((program) => program.requires.length > 0)
    .map((program) => ({
      id: program.id,
      fields: program.requires,
      members: program.label[config.defaultLocale]!.toLowerCase(),
    }));
const requiredFor = (config: SiteConfig, field: string) => {
  const programs = programRequirements(config).filter((program) =>
    program.fields.includes(field as never),
  );
  return programs.length > 0
    ? ` Required for ${programs.map((p) => p.members).join(' and ')}.`
    : '';
};

/** The schema of a record of the site `config` describes: its languages, programs and vocabularies. */
export function createRecordSchema(config: SiteConfig) {
  const { projectName, defaultLocale, localeCodes } = {
    projectName: config.project.name,
    defaultLocale: config.defaultLocale,
    localeCodes: config.localeCodes,
  };
  const otherLocales = localeCodes.filter((code) => code !== defaultLocale);
  // How the description's keys read in the docs, e.g. "en" and optionally "zh".
  const languageKeys = [
    `"${defaultLocale}"`,
    ...otherLocales.map((code) => `optionally "${code}"`),
  ].join(' and ');
  const requirements = programRequirements(config);
  return z
    .strictObject({
      name: plainText(NAME_MAX).describe('The official name of the organization.'),
      names: namesSchema(otherLocales)
        .optional()
        .describe(
          `The organization's name in the site's other languages, keyed by language (${otherLocales.join(', ')}), where it has an established one, e.g. zh: 华为. Shown on those pages and found by the search in every language.`,
        ),
      website: webUrl.describe("The organization's website: an absolute https URL."),
      programs: uniqueList(enumOf(config.programIds))
        .min(1, 'must list at least one program')
        .describe(`Programs the organization belongs to: ${config.programIds.join(', ')}.`),
      logo: logoPath
        .optional()
        .describe(
          `Path to the logo (.svg or .png) relative to this file, inside the partners folder.${requiredFor(config, 'logo')}`,
        ),
      description: localizedTextSchema(config)
        .optional()
        .describe(
          `What the organization offers around ${projectName}, plain text of at most ${DESCRIPTION_MAX} characters: a string (${languageName(defaultLocale)}) or a map with ${languageKeys}.${requiredFor(config, 'description')}`,
        ),
      services: uniqueList(enumOf(config.serviceIds))
        .min(1, 'must list at least one service')
        .optional()
        .describe(
          `Kinds of offering: ${config.serviceIds.join(', ')}.${requiredFor(config, 'services')}`,
        ),
      regions: uniqueList(enumOf(config.regionIds))
        .optional()
        .describe(`Where the services are offered: ${config.regionIds.join(', ')}.`),
      contact: contactSchema
        .optional()
        .describe(
          `Who maintainers talk to: "email" and/or "github". Never published.${requiredFor(config, 'contact')}`,
        ),
      since: z.iso
        .date('must be a date written YYYY-MM-DD')
        .optional()
        .describe('The date the organization joined, YYYY-MM-DD.'),
      case_studies: z
        .array(caseStudySchema)
        .optional()
        .describe(`Talks, articles and pages about how the organization uses ${projectName}.`),
      status: z
        .enum(STATUS_IDS)
        .default('active')
        .describe('"active" (default), or "withdrawn" to keep the record without publishing it.'),
    })
    .superRefine(
      (record, ctx) => {
        if (!Array.isArray(record.programs)) return;
        const missing = new Map<string, string>();
        for (const program of requirements) {
          if (!record.programs.includes(program.id)) continue;
          for (const field of program.fields)
            if (record[field] === undefined && !missing.has(field))
              missing.set(field, program.members);
        }
        for (const [field, members] of missing) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `is required for ${members}`,
            params: { missing: true },
          });
        }
      },
      // Report missing partner fields together with every other problem, not after they are fixed.
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    );
}

export type RecordSchema = ReturnType<typeof createRecordSchema>;
export type PartnerRecordInput = z.input<RecordSchema>;
export type PartnerRecord = z.output<RecordSchema>;

const schemas = new WeakMap<SiteConfig, RecordSchema>();
/** The record schema of a configuration, built once per configuration. */
export function recordSchemaOf(config: SiteConfig): RecordSchema {
  let schema = schemas.get(config);
  if (!schema) schemas.set(config, (schema = createRecordSchema(config)));
  return schema;
}
