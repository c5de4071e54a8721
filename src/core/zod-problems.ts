import type { z } from 'zod';
import type { Problem } from './problems.ts';

/** A zod issue in words, still tied to the path of the value it is about (zodProblems places it). */
interface ReadableIssue {
  path: PropertyKey[];
  /** Point at the key (unknown fields) rather than the value. */
  at: 'key' | 'value';
  message: string;
  hint?: string;
  /** The field is absent (as opposed to present and wrong), so the fix is to supply it. */
  missing?: boolean;
}

export interface ZodProblemOptions {
  /** The fields allowed at a path, so an unknown field gets a "did you mean". */
  knownFields?: (path: PropertyKey[]) => readonly string[];
  /**
   * Where the value at `path` is: a record's file and line, or where an answer came from.
   * `at` is 'key' for an unknown field, whose key is the mistake.
   */
  place?: (path: readonly PropertyKey[], at: 'key' | 'value') => Pick<Problem, 'file' | 'position'>;
}

/** Turns zod's issues into problems a maintainer can act on: the field, what is wrong, a fix. */
export function zodProblems(
  issues: readonly z.core.$ZodIssue[],
  { knownFields = () => [], place }: ZodProblemOptions = {},
): Problem[] {
  return issues
    .flatMap((issue) => readableIssue(issue, knownFields))
    .map(({ path, at, message, hint, missing }) => ({
      ...place?.(path, at),
      severity: 'error' as const,
      field: formatFieldPath(path),
      message,
      hint,
      ...(missing && { missing }),
    }));
}

const FIELD_HINTS: Record<string, string> = {
  website: 'write the full address, e.g. https://example.com/',
  url: 'write the full address, e.g. https://example.com/talk',
  logo: 'name the file next to the record, e.g. logo: acme.svg',
  since: 'write the date as YYYY-MM-DD, e.g. 2025-03-01',
  email: 'write an address like partners@example.com',
  github: 'write the login alone, e.g. octocat',
};

export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number'
        ? `[${segment}]`
        : index === 0
          ? String(segment)
          : `.${String(segment)}`,
    )
    .join('');
}

export function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (typeof input === 'string') {
    const shown = input.length > 40 ? `${input.slice(0, 37)}...` : input;
    return JSON.stringify(shown);
  }
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a map of fields';
  return `${typeof input} ${String(input)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a map of fields',
  number: 'a number',
  boolean: 'true or false',
};

function readableIssue(
  issue: z.core.$ZodIssue,
  knownFields: (path: PropertyKey[]) => readonly string[],
): ReadableIssue[] {
  const path = [...issue.path];
  const lastKey = [...path].reverse().find((segment) => typeof segment === 'string') as
    string | undefined;
  const hint = lastKey ? FIELD_HINTS[lastKey] : undefined;
  const got = `(got ${describeInput(issue.input)})`;

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const known = knownFields(path);
        const suggestion = closest(key, known);
        return {
          path: [...path, key],
          at: 'key',
          message: 'is not a known field',
          hint: suggestion
            ? `did you mean "${suggestion}"?`
            : `known fields here are: ${known.join(', ')}`,
        };
      });
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) {
        return [
          {
            path,
            at: 'value',
            message: 'is required',
            hint: `add "${lastKey ?? 'it'}:" with a value`,
            missing: true,
          },
        ];
      }
      return [
        {
          path,
          at: 'value',
          message: `must be ${TYPE_WORDS[issue.expected] ?? issue.expected} ${got}`,
          hint,
        },
      ];
    case 'invalid_value': {
      const values = issue.values.map(String);
      const suggestion = typeof issue.input === 'string' ? closest(issue.input, values) : undefined;
      return [
        {
          path,
          at: 'value',
          message: `must be one of ${values.join(', ')} ${got}`,
          hint: suggestion ? `did you mean "${suggestion}"?` : undefined,
        },
      ];
    }
    case 'invalid_union': {
      // A description is either text or a map of languages: report against the form the user chose.
      const branch =
        typeof issue.input === 'object' && issue.input !== null ? issue.errors[1] : issue.errors[0];
      if (branch && branch.length > 0) {
        // An inner issue about a missing field has no input; one about the whole value has the union's.
        const inputOf = (inner: z.core.$ZodIssue) =>
          inner.path.length > 0 ? inner.input : (inner.input ?? issue.input);
        return branch.flatMap((inner) =>
          readableIssue(
            { ...inner, path: [...path, ...inner.path], input: inputOf(inner) } as z.core.$ZodIssue,
            knownFields,
          ),
        );
      }
      return [{ path, at: 'value', message: `must be text or a map with "en" and "zh" ${got}` }];
    }
    case 'too_big':
    case 'too_small': {
      const size =
        typeof issue.input === 'string'
          ? `(got ${[...issue.input].length} characters)`
          : Array.isArray(issue.input)
            ? `(got ${issue.input.length})`
            : got;
      const blank =
        issue.code === 'too_small' && typeof issue.input === 'string' && issue.input.trim() === '';
      return [
        {
          path,
          at: 'value',
          message: `${issue.message} ${blank ? '' : size}`.trim(),
          hint: blank ? `give "${lastKey}" a value` : hint,
        },
      ];
    }
    case 'custom':
      if (issue.params?.missing)
        return [
          {
            path,
            at: 'value',
            message: issue.message,
            hint: `add "${lastKey}:" to the record`,
            missing: true,
          },
        ];
      return [
        { path, at: 'value', message: `${issue.message} ${got}`, hint: issue.params?.hint ?? hint },
      ];
    default:
      return [{ path, at: 'value', message: `${issue.message} ${got}`, hint }];
  }
}

/** The known name a typo most likely meant, if any is close enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3))
    ? best
    : undefined;
}

function editDistance(a: string, b: string): number {
  // Damerau-Levenshtein (optimal string alignment), so a swapped pair like "webiste" counts once.
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

/** The fields a schema knows at a path, for "did you mean" on a typo: walks any zod schema. */
export const knownFieldsOf =
  (root: z.core.$ZodType) =>
  (at: readonly PropertyKey[]): readonly string[] => {
    let schema: z.core.$ZodType = root;
    for (const segment of at) {
      schema = unwrap(schema);
      const def = schema._zod.def as {
        shape?: Record<string, z.core.$ZodType>;
        element?: z.core.$ZodType;
      };
      const next = typeof segment === 'number' ? def.element : def.shape?.[segment as string];
      if (!next) return [];
      schema = next;
    }
    const def = unwrap(schema)._zod.def as { shape?: Record<string, unknown> };
    return def.shape ? Object.keys(def.shape) : [];
  };

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as {
      innerType?: z.core.$ZodType;
      in?: z.core.$ZodType;
      schema?: z.core.$ZodType;
      options?: z.core.$ZodType[];
    };
    // A union (text or a map of languages): the branch with fields is the one a typo is in.
    const inner =
      def.innerType ??
      def.in ??
      def.schema ??
      def.options?.find((option) => (option._zod.def as { shape?: unknown }).shape);
    if (!inner) return current;
    current = inner;
  }
}
