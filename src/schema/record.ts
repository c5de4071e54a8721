import { z } from 'zod';
import type { SiteConfig } from '../config/site-config.ts';
import { languageName } from '../core/text.ts';
import { inlineMarkdownProblem } from '../core/inline-markdown.ts';

/** A strict map of each key to its own schema, e.g. one text per language code. */
const keyed = <T extends z.ZodType>(keys: readonly string[], schemaOf: (key: string) => T) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, schemaOf(key)])));
/** The map must hold one value, at least; an unknown key is reported alone, not repeated by this. */
const needsOne = <T extends z.ZodObject>(map: T, message: string) =>
  map.refine((values) => Object.values(values).some((value) => value !== undefined), {
    message,
    when: (payload) => payload.issues.length === 0,
  });

/** File names of records: they become URL slugs and anchors. */
export const RECORD_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Folders of /partners/ the site itself uses, which no organization's page (/partners/<id>/) may take. */
const RESERVED_FOLDERS: Record<string, string> = {
  programs: "the site's own pages",
  logos: "the directory's logo files",
};
/** Why `id` cannot name a record, if it cannot. */
export const reservedId = (id: string) =>
  Object.hasOwn(RESERVED_FOLDERS, id)
    ? `"${id}" is reserved: /partners/${id}/ holds ${RESERVED_FOLDERS[id]}`
    : undefined;
export const DESCRIPTION_MAX = 400;
export const NAME_MAX = 80;
/** GitHub's rule for logins: letters, digits and single inner hyphens, at most 39 characters. */
export const GITHUB_LOGIN_PATTERN = '[A-Za-z\\d](?:[A-Za-z\\d]|-(?=[A-Za-z\\d])){0,38}';
const MARKUP = /<\/?[a-z!][^>]*>/i;
const isoDate = z.iso.date('must be a date written YYYY-MM-DD');
// Control and invisible formatting characters (zero-width spaces, right-to-left overrides) would
// make a name look blank or different from what is stored. Line breaks and tabs are fine.
const INVISIBLE = /[\p{Cf}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** Schemes a visitor can safely follow; `http:` only with a warning (see record-warnings). */
export function isWebUrl(value: string): boolean {
  const url = URL.parse(value);
  return url !== null && ['https:', 'http:'].includes(url.protocol) && url.hostname !== '';
}

/** What the JSON Schema checks of a web URL: the scheme, before the validator's full check. */
export const WEB_URL_PATTERN = '^\\s*[Hh][Tt][Tt][Pp][Ss]?:';

const hasNoCredentials = (value: string) => {
  const url = URL.parse(value);
  return url === null || (url.username === '' && url.password === '');
};

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

export const descriptionTextSchema = plainText(DESCRIPTION_MAX);

/** A path on the project's own site, e.g. /docs/casestudies/vipkid, resolved against `site.url`. */
export const isSitePath = (value: string): boolean =>
  /^\/(?![/\\])\S*$/.test(value) && URL.canParse(value, 'https://site.invalid');

const linkUrl = (siteUrl: string) =>
  z
    .string()
    .trim()
    .refine((value) => isWebUrl(value) || isSitePath(value), {
      message: `must be an absolute https URL, or a path on ${siteUrl} starting with "/"`,
    })
    .refine(hasNoCredentials, { message: 'must not contain a user name or password' })
    .meta({ format: 'iri-reference', pattern: `${WEB_URL_PATTERN}|^\\s*/` });

/** Texts per language, a string being the default language's; `required`: a map must give it. */
const perLanguage = (
  { localeCodes, defaultLocale }: SiteConfig,
  text: z.ZodType<string>,
  what: string,
  required = false,
) => {
  const map = keyed(localeCodes, (code) =>
    required && code === defaultLocale
      ? text.describe(`${languageName(code)} ${what} (required: the fallback for every language).`)
      : text.optional().describe(`${languageName(code)} ${what}.`),
  );
  return z
    .union([
      text.meta({ description: `${languageName(defaultLocale)} ${what}.` }),
      required ? map : needsOne(map, `needs a text for at least one of ${localeCodes.join(', ')}`),
    ])
    .transform((text) => (typeof text === 'string' ? { [defaultLocale]: text } : text));
};

/** A page: its title per language and one URL, or a URL per language with that language's title. */
export const localizedLinkSchema = (config: SiteConfig) =>
  z
    .strictObject({
      title: perLanguage(config, plainText(200), 'title'),
      url: z.union([
        linkUrl(config.site.url).describe(
          `An absolute https URL, or a path on the project's site (/docs/...), for every title.`,
        ),
        keyed(config.localeCodes, (code) =>
          linkUrl(config.site.url)
            .optional()
            .describe(`The URL of the ${languageName(code)} title.`),
        ),
      ]),
    })
    .superRefine((link, ctx) => {
      if (typeof link.url === 'string') return;
      for (const code of config.localeCodes) {
        const hasTitle = link.title[code] !== undefined;
        const hasUrl = link.url[code] !== undefined;
        if (hasTitle === hasUrl) continue;
        ctx.addIssue({
          code: 'custom',
          path: hasUrl ? ['url', code] : ['url'],
          message: hasUrl
            ? `has a ${languageName(code)} URL but no ${languageName(code)} title`
            : `has no ${languageName(code)} URL for the ${languageName(code)} title`,
          input: hasUrl ? link.url[code] : link.title[code],
          params: {
            hint: hasUrl
              ? `add title.${code}, or remove url.${code}`
              : `add url.${code}, or write one URL for every title`,
          },
        });
      }
    });

export type LocalizedLink = z.output<ReturnType<typeof localizedLinkSchema>>;

export const USAGE_MAX = DESCRIPTION_MAX;

/** One language's text of a usage: plain text with Markdown links and `code`, nothing else of Markdown. */
export const usageTextSchema = plainText(USAGE_MAX).superRefine((text, ctx) => {
  const problem = inlineMarkdownProblem(text, isWebUrl);
  if (problem)
    ctx.addIssue({
      code: 'custom',
      message: problem,
      input: text,
      params: { hint: 'write plain text with [text](https://...) links and `code` only' },
    });
});

const joinedSchema = (config: SiteConfig) =>
  z.strictObject({
    date: isoDate.describe('The day the organization joined, as announced, YYYY-MM-DD.'),
    announcement: localizedLinkSchema(config)
      .optional()
      .describe(
        'The post announcing it: title and URL, per language where it was published in several.',
      ),
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
        new RegExp(`^${GITHUB_LOGIN_PATTERN}$`),
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

const namesSchema = (locales: string[]) =>
  needsOne(
    keyed(locales, (locale) =>
      plainText(NAME_MAX)
        .optional()
        .describe(`The organization's own name in ${languageName(locale)}, e.g. 华为 for Huawei.`),
    ),
    `needs a name for at least one of ${locales.join(', ')}`,
  );

/** Programs whose members must fill in more fields than name, website and programs. */
export const programRequirements = (config: SiteConfig) =>
  config.programs
    .filter((program) => program.requires.length > 0)
    .map((program) => ({
      id: program.id,
      fields: program.requires,
      members: program.label[config.defaultLocale]!.toLowerCase(),
    }));
/** Who must fill in a field, e.g. ["community partners"]. */
export const membersRequiring = (config: SiteConfig, field: string) =>
  programRequirements(config)
    .filter((program) => program.fields.includes(field as never))
    .map((program) => program.members);
const requiredFor = (config: SiteConfig, field: string) => {
  const members = membersRequiring(config, field);
  return members.length > 0 ? ` Required for ${members.join(' and ')}.` : '';
};

/** The schema of a record of the site `config` describes: its languages, programs and vocabularies. */
export function createRecordSchema(config: SiteConfig) {
  const { defaultLocale, localeCodes } = config;
  const projectName = config.project.name;
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
      programs: uniqueList(z.enum(config.programIds))
        .min(1, 'must list at least one program')
        .describe(`Programs the organization belongs to: ${config.programIds.join(', ')}.`),
      logo: logoPath
        .optional()
        .describe(
          `Path to the logo (.svg or .png) relative to this file, inside the partners folder.${requiredFor(config, 'logo')}`,
        ),
      description: perLanguage(config, descriptionTextSchema, 'text', true)
        .optional()
        .describe(
          `What the organization offers around ${projectName}, plain text of at most ${DESCRIPTION_MAX} characters: a string (${languageName(defaultLocale)}) or a map with ${languageKeys}.${requiredFor(config, 'description')}`,
        ),
      services: uniqueList(z.enum(config.serviceIds))
        .min(1, 'must list at least one service')
        .optional()
        .describe(
          `Kinds of offering: ${config.serviceIds.join(', ')}.${requiredFor(config, 'services')}`,
        ),
      regions: uniqueList(z.enum(config.regionIds))
        .optional()
        .describe(`Where the services are offered: ${config.regionIds.join(', ')}.`),
      contact: contactSchema
        .optional()
        .describe(
          `Who maintainers talk to: "email" and/or "github". The site never shows it, but the record, like the application issue, is public in the repository.${requiredFor(config, 'contact')}`,
        ),
      usage: perLanguage(config, usageTextSchema, 'text')
        .optional()
        .describe(
          `What the organization uses ${projectName} for, at most ${USAGE_MAX} characters per language: a string (${languageName(defaultLocale)}) or a map of ${localeCodes.join(', ')}. Plain text with Markdown links ([text](https://...)) and \`code\`, nothing else. Apart from "description", which is what a partner offers.`,
        ),
      joined: keyed(config.programIds, (program) =>
        joinedSchema(config).optional().describe(`When the organization joined ${program}.`),
      )
        .optional()
        .describe(
          `When the organization joined a program, keyed by program (${config.programIds.join(', ')}): "date" (YYYY-MM-DD) and optionally the "announcement" (title and url, per language).`,
        ),
      since: isoDate.optional().describe('The date the organization joined, YYYY-MM-DD.'),
      case_studies: z
        .array(localizedLinkSchema(config))
        .optional()
        .describe(
          `Talks, articles and pages about how the organization uses ${projectName}: "title" (a string, or per language, any of ${localeCodes.join(', ')}) and "url" (an absolute https URL or a path on ${config.site.url} such as /docs/..., one for every title or one per language).`,
        ),
      status: z
        .enum(['active', 'withdrawn'])
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
        for (const [program, joined] of Object.entries(record.joined ?? {}))
          if (joined !== undefined && !record.programs.includes(program))
            ctx.addIssue({
              code: 'custom',
              path: ['joined', program],
              message: 'is for a program the record does not list in "programs"',
              input: program,
              params: { hint: `add ${program} to "programs", or remove joined.${program}` },
            });
        for (const [field, members] of missing)
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: `is required for ${members}`,
            params: { missing: true },
          });
      },
      // Report missing partner fields together with every other problem, not after they are fixed.
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
    );
}

export type RecordSchema = ReturnType<typeof createRecordSchema>;
export type PartnerRecordInput = z.input<RecordSchema>;
export type PartnerRecord = z.output<RecordSchema>;

const schemas = new WeakMap<SiteConfig, RecordSchema>();
export function recordSchemaOf(config: SiteConfig): RecordSchema {
  if (!schemas.has(config)) schemas.set(config, createRecordSchema(config));
  return schemas.get(config)!;
}
