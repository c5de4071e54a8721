import type { z } from 'zod';
import type { Problem } from './problems.ts';

export interface ZodProblemOptions {
  /** The fields allowed at a path, so an unknown field gets a "did you mean". */
  knownFields?: (path: PropertyKey[]) => readonly string[];
  /** Where the value at `path` is (at its key, for an unknown field): a file and line. */
  place?: (path: readonly PropertyKey[], at: 'key' | 'value') => Pick<Problem, 'file' | 'position'>;
}

/** Turns zod's issues into problems a maintainer can act on: the field, what is wrong, a fix. */
export function zodProblems(
  issues: readonly z.core.$ZodIssue[],
  options: ZodProblemOptions = {},
): Problem[] {
  return issues.flatMap((issue) => readableIssue(issue, options));
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
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

export function describeInput(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'an empty value';
  if (typeof input === 'string')
    return JSON.stringify(input.length > 40 ? `${input.slice(0, 37)}...` : input);
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

function readableIssue(issue: z.core.$ZodIssue, options: ZodProblemOptions): Problem[] {
  const path = [...issue.path];
  const lastKey = path.findLast((segment) => typeof segment === 'string') as string | undefined;
  const fieldHint = lastKey ? FIELD_HINTS[lastKey] : undefined;
  const got = `(got ${describeInput(issue.input)})`;
  // An unknown field's `key` is the mistake: its problem points at the key, not at the value.
  const problem = (message: string, hint?: string, missing?: true, key?: string): Problem[] => {
    const at = key === undefined ? path : [...path, key];
    const place = options.place?.(at, key === undefined ? 'value' : 'key');
    const field = formatFieldPath(at);
    return [{ ...place, severity: 'error', field, message, hint, ...(missing && { missing }) }];
  };

  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = options.knownFields?.(path) ?? [];
      return issue.keys.flatMap((key) => {
        const suggestion = closest(key, known);
        const hint = suggestion
          ? `did you mean "${suggestion}"?`
          : `known fields here are: ${known.join(', ')}`;
        return problem('is not a known field', hint, undefined, key);
      });
    }
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null)
        return problem('is required', `add "${lastKey ?? 'it'}:" with a value`, true);
      return problem(`must be ${TYPE_WORDS[issue.expected] ?? issue.expected} ${got}`, fieldHint);
    case 'invalid_value': {
      const values = issue.values.map(String);
      const suggestion = typeof issue.input === 'string' ? closest(issue.input, values) : undefined;
      const hint = suggestion && `did you mean "${suggestion}"?`;
      return problem(`must be one of ${values.join(', ')} ${got}`, hint);
    }
    case 'invalid_union': {
      // A description is either text or a map of languages: report against the form the user chose.
      const isMap = typeof issue.input === 'object' && issue.input !== null;
      const branch = issue.errors[isMap ? 1 : 0];
      if (!branch?.length) return problem(`${issue.message} ${got}`, fieldHint);
      // An inner issue about a missing field has no input; one about the whole value has the union's.
      return branch.flatMap((inner) => {
        const input = inner.path.length > 0 ? inner.input : (inner.input ?? issue.input);
        const nested = { ...inner, path: [...path, ...inner.path], input } as z.core.$ZodIssue;
        return readableIssue(nested, options);
      });
    }
    case 'too_big':
    case 'too_small': {
      const { input } = issue;
      if (issue.code === 'too_small' && typeof input === 'string' && input.trim() === '')
        return problem(issue.message, `give "${lastKey}" a value`);
      const size =
        typeof input === 'string'
          ? `(got ${[...input].length} characters)`
          : Array.isArray(input)
            ? `(got ${input.length})`
            : got;
      return problem(`${issue.message} ${size}`, fieldHint);
    }
    case 'custom':
      if (issue.params?.missing)
        return problem(issue.message, `add "${lastKey}:" to the record`, true);
      return problem(`${issue.message} ${got}`, issue.params?.hint ?? fieldHint);
    default:
      return problem(`${issue.message} ${got}`, fieldHint);
  }
}

/** The known name a typo most likely meant, if any is close enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const distances = candidates.map((candidate) =>
    editDistance(word.toLowerCase(), candidate.toLowerCase()),
  );
  const index = distances.indexOf(Math.min(...distances));
  const best = candidates[index];
  return best !== undefined && distances[index] <= Math.max(1, Math.floor(best.length / 3))
    ? best
    : undefined;
}

function editDistance(a: string, b: string): number {
  // Damerau-Levenshtein (optimal string alignment), so a swapped pair like "webiste" counts once.
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
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

type Def = Partial<Record<'element' | 'innerType' | 'in' | 'schema', z.core.$ZodType>> & {
  shape?: Record<string, z.core.$ZodType>;
  options?: z.core.$ZodType[];
};
/** What a schema is made of: its fields, its items, or the schema it wraps. */
export const defOf = (schema: z.core.$ZodType) => schema._zod.def as Def;

/** The fields a schema knows at a path, for "did you mean" on a typo: walks any zod schema. */
export const knownFieldsOf =
  (root: z.core.$ZodType) =>
  (at: readonly PropertyKey[]): readonly string[] => {
    let schema: z.core.$ZodType | undefined = root;
    for (const segment of at) {
      const def = defOf(unwrapSchema(schema));
      schema = typeof segment === 'number' ? def.element : def.shape?.[segment as string];
      if (!schema) return [];
    }
    return Object.keys(defOf(unwrapSchema(schema)).shape ?? {});
  };

/** The schema under optional, default and transform: the one with the fields. */
export function unwrapSchema(schema: z.core.$ZodType): z.core.$ZodType {
  const def = defOf(schema);
  // A union (text or a map of languages): the branch with fields is the one a typo is in.
  const inner =
    def.innerType ?? def.in ?? def.schema ?? def.options?.find((option) => defOf(option).shape);
  return inner ? unwrapSchema(inner) : schema;
}
