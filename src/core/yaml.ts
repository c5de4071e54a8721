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

/** Where a value sits in the file, and where its children sit. */
export interface SourceNode {
  offset: number;
  /** For a mapping's value: where its key starts. */
  keyOffset?: number;
  children: Map<string | number, SourceNode>;
}

/** Where a field path sits in the file: at its value, or at its key (for an unknown field). */
export type Locate = (path: readonly PropertyKey[], at?: 'key' | 'value') => Position;

export type ParsedYaml = Checked<{ value: unknown; locate: Locate }>;

// Records are shallow; anything deeper is a mistake or an attack on the parser.
const MAX_DEPTH = 20;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads one YAML document with the place of every value: a record, the site configuration or
 * a page's front matter. Bytes are decoded as UTF-8 (a BOM is fine); YAML 1.2, no aliases.
 * `filename` is the file as shown to users; problems name it.
 */
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
  const lineStarts = findLineStarts(source);
  const positionOf = (offset: number): Position => toPosition(lineStarts, offset);

  let events: Event[];
  let documents: unknown[];
  try {
    events = parseEvents(source, { filename, maxDepth: MAX_DEPTH });
    const alias = events.find((event) => event.type === EVENT_ID.ALIAS);
    if (alias) {
      return refuse({
        message: `uses the YAML alias "${source.slice(alias.anchorStart, alias.anchorEnd)}"`,
        hint: 'write the value out in full: records do not allow anchors and aliases',
        position: positionOf(alias.anchorStart - 1),
      });
    }
    documents = constructFromEvents(events, { source, filename, maxAliases: 0 });
  } catch (error) {
    return refuse(yamlFailure(error, source, positionOf));
  }

  if (documents.length > 1) {
    return refuse({
      message: `holds ${documents.length} YAML documents`,
      hint: 'keep exactly one record per file and remove the "---" separators',
    });
  }
  const value = documents[0];
  if (documents.length === 0 || value === null || value === undefined) {
    return refuse({
      message: 'is empty',
      hint: 'write the record\'s fields, starting with "name:", or delete the file',
    });
  }
  const root = buildSourceTree(events, source);
  const locate: Locate = (path, at = 'value') => {
    let node = root;
    for (const segment of path) {
      const child = node.children.get(segment as string | number);
      if (!child) break;
      node = child;
    }
    const offset = at === 'key' && node.keyOffset !== undefined ? node.keyOffset : node.offset;
    return positionOf(offset);
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
  if (/tab character/i.test(reason) || /^ *\t/.test(lineText)) {
    const start = position && { line: position.line, column: 1 };
    return {
      message: 'uses a tab for indentation',
      hint: 'indent with spaces only (two per level)',
      position: start,
    };
  }
  if (/duplicated mapping key/.test(reason)) {
    return {
      message: 'repeats a field',
      hint: 'keep one line per field and delete the other',
      position,
    };
  }
  if (/depth/i.test(reason)) {
    return {
      message: `nests values more than ${MAX_DEPTH} levels deep`,
      hint: 'records are flat: check the indentation',
      position,
    };
  }
  return {
    message: `is not valid YAML (${reason})`,
    hint: 'check the indentation and quoting around this place',
    position,
  };
}

/** Mirrors the document's mappings and sequences with the offset of every value and key. */
function buildSourceTree(events: Event[], source: string): SourceNode {
  type Frame = {
    node: SourceNode;
    kind: 'mapping' | 'sequence';
    index: number;
    pendingKey?: { name: string; offset: number };
  };
  const stack: Frame[] = [];
  let documentRoot: SourceNode | undefined;

  // Returns true when the node is a mapping key rather than a value.
  const attach = (node: SourceNode): boolean => {
    const frame = stack.at(-1);
    if (!frame) {
      documentRoot ??= node;
      return false;
    }
    if (frame.kind === 'sequence') {
      frame.node.children.set(frame.index++, node);
      return false;
    }
    if (!frame.pendingKey) return true; // this node is a key
    node.keyOffset = frame.pendingKey.offset;
    frame.node.children.set(frame.pendingKey.name, node);
    frame.pendingKey = undefined;
    return false;
  };

  for (const event of events) {
    if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const node: SourceNode = { offset: event.start, children: new Map() };
      attach(node);
      stack.push({
        node,
        kind: event.type === EVENT_ID.MAPPING ? 'mapping' : 'sequence',
        index: 0,
      });
    } else if (event.type === EVENT_ID.SCALAR) {
      const quoted =
        event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
      const offset = quoted ? event.valueStart - 1 : event.valueStart;
      const node: SourceNode = { offset, children: new Map() };
      if (attach(node)) {
        stack.at(-1)!.pendingKey = { name: getScalarValue(source, event), offset };
      }
    } else if (event.type === EVENT_ID.POP) {
      stack.pop();
    }
  }
  return documentRoot ?? { offset: 0, children: new Map() };
}

function findLineStarts(source: string): number[] {
  const starts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function toPosition(lineStarts: number[], offset: number): Position {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low] + 1 };
}
