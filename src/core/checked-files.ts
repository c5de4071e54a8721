// The steps every folder of small, checked files (records, program pages) shares.
import { lstat, readdir, readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { Checked, Position, Problem } from './problems.ts';
import { knownFieldsOf, zodProblems } from './zod-problems.ts';

export async function readFolder(
  dir: string,
  shown: string,
  hint: string,
): Promise<Checked<{ entries: string[] }>> {
  try {
    return { ok: true, entries: (await readdir(dir)).sort() };
  } catch {
    const message = 'is not a folder that can be read';
    return { ok: false, problem: { file: shown, severity: 'error', message, hint } };
  }
}

/** A failed check's result: the error, placed in a file by the caller. */
export const refused = (message: string, hint: string) => ({
  ok: false as const,
  problem: { severity: 'error' as const, message, hint },
});

/** A plain file no larger than its kind (e.g. `record`, at most 64 KB) allows: its bytes, or why not. */
export async function readSmallFile(
  file: string,
  kind: { noun: string; plural: string; maxBytes: number },
): Promise<Checked<{ bytes: Buffer }>> {
  const stats = await lstat(file);
  if (!stats.isFile())
    return refused(
      'is not a regular file',
      `${kind.plural} must be plain files, not links or folders`,
    );
  if (stats.size > kind.maxBytes)
    return refused(
      `is ${Math.round(stats.size / 1024)} KB, far more than a ${kind.noun} needs`,
      `keep ${kind.plural} under ${kind.maxBytes / 1024} KB`,
    );
  return { ok: true, bytes: await readFile(file) };
}

export function checkAgainst<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
  locate: (path: readonly PropertyKey[], at: 'key' | 'value') => Position | undefined,
): { ok: true; data: z.output<S> } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  const problems = zodProblems(result.error.issues, {
    knownFields: knownFieldsOf(schema),
    place: (fieldPath, at) => ({ file, position: locate(fieldPath, at) }),
  });
  return { ok: false, problems };
}
