import {
  EVENT_ID,
  SCALAR_STYLE,
  constructFromEvents,
  getScalarValue,
  parseEvents,
  type Event,
} from 'js-yaml';
import type { Checked, Position, Problem } from './problems.ts';

export type { Position };

/** Where a field path sits in the file: at its value, or at its key (for an unknown field). */
export type Locate = (path: readonly PropertyKey[], at?: 'key' | 'value') => Position;

export type ParsedYaml = Checked<{ value: unknown; locate: Locate }>;

// Records are shallow; anything deeper is a mistake or an attack on the parser.
const MAX_DEPTH = 20;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** One YAML 1.2 document (UTF-8, no aliases) with each value's place; problems name `filename`. */
export function parseYaml(input: Uint8Array | string, filename: string): ParsedYaml {
  const refuse = (problem: Omit<Problem, 'file' | 'severity'>): ParsedYaml => ({
    ok: false,
    problem: { file: filename, severity: 'error', ...problem },
  });
  let source: string;
  try {
    source = typeof input === 'string' ? input : utf8.decode(input);
  } catch {
    return refuse({ message: 'is not valid UTF-8', hint: 'save the file as UTF-8' });
  }
  const positionOf = (offset: number): Position => {
    const before = source.slice(0, offset);
    return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
  };

  let events: Event[];
  let documents: unknown[];
  try {
    events = parseEvents(source, { filename, maxDepth: MAX_DEPTH });
    const alias = events.find((event) => event.type === EVENT_ID.ALIAS);
    if (alias)
      return refuse({
        message: `uses the YAML alias "${source.slice(alias.anchorStart, alias.anchorEnd)}"`,
        hint: 'write the value out in full: records do not allow anchors and aliases',
        position: positionOf(alias.anchorStart - 1),
      });
    documents = constructFromEvents(events, { source, filename, maxAliases: 0 });
  } catch (error) {
    return refuse(yamlFailure(error, source, positionOf));
  }

  if (documents.length > 1)
    return refuse({
      message: `holds ${documents.length} YAML documents`,
      hint: 'keep exactly one record per file and remove the "---" separators',
    });
  const value = documents[0];
  if (documents.length === 0 || value === null || value === undefined)
    return refuse({
      message: 'is empty',
      hint: 'write the record\'s fields, starting with "name:", or delete the file',
    });
  const offsets = sourceOffsets(events, source);
  // The deepest part of the path the file has: a missing field is placed at its parent.
  const locate: Locate = (path, at = 'value') => {
    for (let length = path.length; length >= 0; length--) {
      const place = offsets.get(JSON.stringify(path.slice(0, length)));
      if (place) return positionOf(at === 'key' ? (place.key ?? place.value) : place.value);
    }
    return positionOf(0);
  };
  return { ok: true, value, locate };
}

/** What js-yaml's exception means for the person who wrote the file. */
function yamlFailure(
  error: unknown,
  source: string,
  positionOf: (offset: number) => Position,
): Omit<Problem, 'file' | 'severity'> {
  if (!(error instanceof Error) || error.name !== 'YAMLException') throw error;
  const { reason, mark } = error as Error & { reason: string; mark?: { position: number } };
  const position = mark ? positionOf(Math.min(mark.position, source.length)) : undefined;
  const lineText = position ? (source.split('\n')[position.line - 1] ?? '') : '';
  const failure = (message: string, hint: string, at = position) => ({
    message,
    hint,
    position: at,
  });
  if (/tab character/i.test(reason) || /^ *\t/.test(lineText))
    return failure(
      'uses a tab for indentation',
      'indent with spaces only (two per level)',
      position && { line: position.line, column: 1 },
    );
  if (/duplicated mapping key/.test(reason))
    return failure('repeats a field', 'keep one line per field and delete the other');
  if (/depth/i.test(reason))
    return failure(
      `nests values more than ${MAX_DEPTH} levels deep`,
      'records are flat: check the indentation',
    );
  return failure(
    `is not valid YAML (${reason})`,
    'check the indentation and quoting around this place',
  );
}

/** The offset of every value in the document, and of its key, by field path (as JSON). */
function sourceOffsets(events: Event[], source: string) {
  type Frame = {
    /** null inside a mapping key that is itself a collection, which no field path reaches. */
    path: PropertyKey[] | null;
    sequence: boolean;
    index: number;
    key?: { name: string; offset: number };
  };
  const stack: Frame[] = [];
  const offsets = new Map<string, { value: number; key?: number }>();
  for (const event of events) {
    // Only mappings, sequences and scalars have a style; of the other events, POP closes one.
    if (!('style' in event)) {
      if (event.type === EVENT_ID.POP) stack.pop();
      continue;
    }
    const scalar = event.type === EVENT_ID.SCALAR;
    const quoted =
      scalar &&
      (event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED);
    const offset = scalar ? event.valueStart - (quoted ? 1 : 0) : event.start;
    const frame = stack.at(-1);
    let path: PropertyKey[] | null = [];
    if (frame && !frame.sequence && !frame.key) {
      // A mapping's key: the value that follows is the field of this name.
      frame.key = { name: scalar ? getScalarValue(source, event) : '', offset };
      path = null;
    } else if (frame) {
      const step = frame.sequence ? frame.index : frame.key!.name;
      if (frame.sequence) frame.index++;
      path = frame.path && [...frame.path, step];
      if (path) offsets.set(JSON.stringify(path), { value: offset, key: frame.key?.offset });
      frame.key = undefined;
    } else offsets.set('[]', { value: offset });
    if (!scalar) stack.push({ path, sequence: event.type === EVENT_ID.SEQUENCE, index: 0 });
  }
  return offsets;
}
