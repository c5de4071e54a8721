import type { z } from 'zod';
import { zodProblems } from '../core/zod-problems.ts';
import type { Problem } from '../core/problems.ts';
import type { Position } from '../core/yaml.ts';
import { type PartnerRecordInput } from '../schema/record.ts';
import { RECORD_FIELDS, partnerRecordSchema } from './project-config.ts';
import type { LogoFormat } from '../logos/logo-limits.ts';

/** Problems with flags and typed answers are reported against the command itself. */
export const COMMAND = 'new-partner';

type RecordFields = z.output<typeof partnerRecordSchema>;
/** The record's fields that a new record is made of; the rest are added later by hand. */
export type DraftField = Exclude<keyof RecordFields, 'case_studies' | 'status'>;
/** The logo file to copy, as read from disk or downloaded. */
export interface DraftLogo {
  source: string;
  format: LogoFormat;
  bytes: Uint8Array;
}

/**
 * The answers gathered for a new record, each already checked by its field's rule: the
 * schema's types, with the logo as a file and the parts of a description or contact that
 * may arrive from different places (a Chinese text from the issue, the English one by flag).
 */
export type RecordDraft = {
  [K in DraftField]?: K extends 'logo'
    ? DraftLogo
    : K extends 'description' | 'contact'
      ? Partial<RecordFields[K]>
      : RecordFields[K];
};

/** Fields checked by the schema alone; the logo is checked as a file (read-logo.ts). */
export type CheckedField = Exclude<DraftField, 'logo'>;

/** Where an answer came from, so a problem with it points there and says how to supply it. */
export interface AnswerOrigin {
  file: string;
  position?: Position;
  /** How to give or correct this answer, e.g. "pass --website https://...". */
  hint: string;
}

export type DraftOrigins = Partial<Record<DraftField, AnswerOrigin>>;

/** Something the command took an answer to mean, e.g. a bare host name as its https address: said, so the maintainer can check it. */
export type AnswerNote = Pick<Problem, 'file' | 'position' | 'message'> & {
  /** The field, or the flag that gave it, e.g. `website` or `--website`. */
  field: string;
};

export function formatNote(note: AnswerNote): string {
  const where = note.position
    ? `${note.file}:${note.position.line}:${note.position.column}`
    : note.file;
  return `${where} ${note.field}: ${note.message}`;
}

/** The record file's content, fields in the schema's order; the logo is named after the id. */
export function assembleRecord(draft: RecordDraft, id: string): PartnerRecordInput {
  const values: Record<string, unknown> = {
    name: draft.name,
    website: draft.website,
    programs: draft.programs,
    logo: draft.logo ? `${id}.${draft.logo.format}` : undefined,
    // en before zh, however the answers came in.
    description:
      draft.description?.en === undefined && draft.description?.zh === undefined
        ? undefined
        : defined({ en: draft.description.en, zh: draft.description.zh }),
    services: draft.services,
    regions: draft.regions,
    contact:
      draft.contact && (draft.contact.email || draft.contact.github)
        ? defined(draft.contact)
        : undefined,
    since: draft.since,
  };
  const record: Record<string, unknown> = {};
  for (const field of RECORD_FIELDS) if (values[field] !== undefined) record[field] = values[field];
  return record as PartnerRecordInput;
}

/**
 * What the validator would say about the record, worded by the same error map, but pointing
 * at where each answer came from (a line of the issue, a flag) instead of a file not yet written.
 */
export function checkRecord(
  record: PartnerRecordInput,
  origins: DraftOrigins,
  fallback: AnswerOrigin,
): Problem[] {
  const result = partnerRecordSchema.safeParse(record, { reportInput: true });
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

/**
 * Checks one answer by the schema's rule for `path` (a field, or a part of one such as
 * `description.zh`), worded as the validator would word it in a record. The problems have no
 * file: each channel places them (a flag is the command's, a terminal answer is asked again).
 */
export function checkValue(
  schema: z.ZodType,
  path: [CheckedField, ...string[]],
  value: unknown,
): Problem[] {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return [];
  // Seen from the record, so the error map finds the field's hint.
  const issues = result.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
  return zodProblems(issues);
}

/** Checks one field's answer against the schema's rule for that field. */
export const checkAnswer = (field: CheckedField, value: unknown): Problem[] =>
  checkValue(partnerRecordSchema.shape[field], [field], value);

/** The same object without its undefined entries. */
export function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>;
}
