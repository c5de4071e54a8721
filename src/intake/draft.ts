// A new record's answers, where each came from, and the schema's rules that check them.
import { z } from 'zod';
import type { SiteConfig } from '../config/site-config.ts';
import { zodProblems } from '../core/zod-problems.ts';
import type { Problem } from '../core/problems.ts';
import type { LogoFormat } from '../logos/logo-limits.ts';
import { plainLine } from './log-text.ts';
import {
  descriptionTextSchema,
  programRequirements,
  recordSchemaOf,
  usageTextSchema,
  type PartnerRecord,
  type PartnerRecordInput,
} from '../schema/record.ts';

/** The "file" of problems with flags and typed answers. */
export const COMMAND = 'new-partner';

export type Texts = Partial<Record<string, string>>;
export type DraftLogo = { source: string; format: LogoFormat; bytes: Uint8Array };

/** A new record's fields, each already checked by its rule; texts and contact may arrive in parts. */
export type RecordDraft = Partial<
  Pick<PartnerRecord, 'name' | 'website' | 'programs' | 'services' | 'regions' | 'since'> & {
    logo: DraftLogo;
    description: Texts;
    usage: Texts;
    contact: { email?: string; github?: string };
  }
>;
export type DraftField = keyof RecordDraft;
export const TEXT_FIELDS = ['description', 'usage'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Where an answer came from, so a problem with it points there and says how to supply it. */
export type AnswerOrigin = Pick<Problem, 'file' | 'position'> & { hint: string };
export type DraftOrigins = Partial<Record<DraftField, AnswerOrigin>>;

/** What an answer was taken to mean, e.g. a bare host name as its https address: said, so the maintainer can check it. */
export type AnswerNote = Pick<Problem, 'file' | 'position' | 'message'> & { field: string };

/** One plain line: it quotes the applicant's text. */
export const formatNote = (note: AnswerNote) =>
  plainLine(
    `${note.position ? `${note.file}:${note.position.line}:${note.position.column}` : note.file} ${note.field}: ${note.message}`,
  );

/** The default first. */
export const localeCodes = (config: SiteConfig) => [
  config.defaultLocale,
  ...config.locales.map((locale) => locale.code).filter((code) => code !== config.defaultLocale),
];

export const listIds = (config: SiteConfig) => ({
  programs: config.programIds,
  services: config.serviceIds,
  regions: config.regionIds,
});

/** The program an application joins: the first that requires more than name and website, else the first. */
export const applicationProgram = (config: SiteConfig) =>
  config.programs.find((program) => program.requires.length > 0) ?? config.programs[0];

/** The first of `programs` that requires `field`, named as its members ("community partners"). */
export const requiredBy = (config: SiteConfig, programs: readonly string[], field: string) =>
  programRequirements(config).find(
    (program) => programs.includes(program.id) && program.fields.includes(field as never),
  )?.members;

export const hasContact = (contact: RecordDraft['contact']) =>
  contact?.email !== undefined || contact?.github !== undefined;

export function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>;
}

/** The record file's content, fields in the schema's order, texts in the configuration's; the logo is named after the id. */
export function assembleRecord(config: SiteConfig, draft: RecordDraft, id: string) {
  const locales = localeCodes(config);
  const texts = (given: Texts | undefined) => {
    const kept = defined(Object.fromEntries(locales.map((code) => [code, given?.[code]])));
    return Object.keys(kept).length > 0 ? kept : undefined;
  };
  const values: Record<string, unknown> = {
    ...draft,
    logo: draft.logo ? `${id}.${draft.logo.format}` : undefined,
    description: texts(draft.description),
    usage: texts(draft.usage),
    contact: hasContact(draft.contact) ? defined(draft.contact!) : undefined,
  };
  const fields = Object.keys(recordSchemaOf(config).shape);
  return defined(
    Object.fromEntries(fields.map((field) => [field, values[field]])),
  ) as PartnerRecordInput;
}

/** Whether the record joins a program of that listing: cards show what members offer, logos what they use the project for. */
export const joinsListing = (
  config: SiteConfig,
  programs: readonly string[],
  listing: 'cards' | 'logos',
) =>
  config.programs.some((program) => programs.includes(program.id) && program.listing === listing);

/** Whether the draft lacks a field that every record, or one of its programs, requires. */
export function lacksRequired(config: SiteConfig, draft: RecordDraft): boolean {
  const record = assembleRecord(
    config,
    { programs: [applicationProgram(config).id], ...draft },
    'new',
  );
  return checkRecord(config, record, {}, { file: COMMAND, hint: '' }).some(
    (problem) => problem.missing,
  );
}

/** What the validator would say about the record, each problem placed where its answer came from. */
export function checkRecord(
  config: SiteConfig,
  record: PartnerRecordInput,
  origins: DraftOrigins,
  fallback: AnswerOrigin,
): Problem[] {
  const result = recordSchemaOf(config).safeParse(record, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const origin = origins[issue.path[0] as DraftField] ?? fallback;
    const place = () => ({ file: origin.file, position: origin.position });
    // A missing answer is supplied where it should have come from: the origin says how.
    return zodProblems([issue], { place }).map((problem) => ({
      ...problem,
      hint: problem.missing || !problem.hint ? origin.hint : problem.hint,
    }));
  });
}

/** One field's answer against its rule, each text of a text field alone (one may complete another); unplaced. */
export function checkAnswer(
  config: SiteConfig,
  field: Exclude<DraftField, 'logo'>,
  value: unknown,
): Problem[] {
  const textRule = { description: descriptionTextSchema, usage: usageTextSchema };
  const rule = isTextField(field)
    ? z.object(
        Object.fromEntries(Object.keys(value as Texts).map((code) => [code, textRule[field]])),
      )
    : recordSchemaOf(config).shape[field];
  const result = z.object({ [field]: rule }).safeParse({ [field]: value }, { reportInput: true });
  return result.success ? [] : zodProblems(result.error.issues);
}

export const isTextField = (field: string): field is TextField =>
  (TEXT_FIELDS as readonly string[]).includes(field);
