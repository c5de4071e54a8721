import { formatFieldPath, readableIssues } from '../data/error-map.ts';
import type { Problem } from '../data/problems.ts';
import type { Position } from '../data/yaml-source.ts';
import { RECORD_FIELDS, partnerRecordSchema, type PartnerRecordInput } from '../schema/record.ts';
import type { LogoFormat } from '../logos/logo-format.ts';

/** The answers gathered for a new record, before they are checked. */
export interface RecordDraft {
  name?: string;
  website?: string;
  programs?: string[];
  /** The logo file to copy, as read from disk. */
  logo?: { source: string; format: LogoFormat; bytes: Uint8Array };
  description?: { en?: string; zh?: string };
  services?: string[];
  regions?: string[];
  contact?: { email?: string; github?: string };
  since?: string;
}

export type DraftField = keyof RecordDraft;

/** Where an answer came from, so a problem with it points there and says how to supply it. */
export interface AnswerOrigin {
  file: string;
  position?: Position;
  /** How to give or correct this answer, e.g. "pass --website https://...". */
  hint: string;
}

export type DraftOrigins = Partial<Record<DraftField, AnswerOrigin>>;

/** Something the command took an answer to mean, e.g. a bare host name as its https address: said, so the maintainer can check it. */
export interface AnswerNote {
  file: string;
  position?: Position;
  /** The field, or the flag that gave it, e.g. `website` or `--website`. */
  field: string;
  message: string;
}

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
  return readableIssues(result.error.issues, () => []).map((issue) => {
    const origin = origins[issue.path[0] as DraftField] ?? fallback;
    const missing = issue.message.startsWith('is required');
    return {
      file: origin.file,
      position: origin.position,
      severity: 'error',
      field: formatFieldPath(issue.path),
      message: issue.message,
      hint: missing || !issue.hint ? origin.hint : issue.hint,
    };
  });
}

export interface AnswerError {
  /** Field path such as `website` or `description.zh`. */
  field: string;
  message: string;
  hint?: string;
}

export type CheckedField =
  'name' | 'website' | 'programs' | 'description' | 'services' | 'regions' | 'contact' | 'since';

/** Checks one answer against the schema's rule for its field, e.g. while asking in the terminal. */
export function checkAnswer(field: CheckedField, value: unknown): AnswerError[] {
  const result = partnerRecordSchema.shape[field].safeParse(value, { reportInput: true });
  if (result.success) return [];
  // Seen from the record, so the error map words it as it would in a record (and finds the field's hint).
  const issues = result.error.issues.map((issue) => ({ ...issue, path: [field, ...issue.path] }));
  return readableIssues(issues, () => []).map((issue) => ({
    field: formatFieldPath(issue.path),
    message: issue.message,
    hint: issue.hint,
  }));
}

export const formatAnswerError = (error: AnswerError) =>
  `${error.field}: ${error.message}${error.hint ? `; ${error.hint}` : ''}`;

/** The same object without its undefined entries. */
export function defined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>;
}
