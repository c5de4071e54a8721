// Issue text for a terminal or an Actions log: it may hold escapes, newlines or a `::` workflow command.
import { randomUUID } from 'node:crypto';

// Control characters (C0, DEL, C1), line and paragraph separators, bidirectional overrides.
const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]+/gu;

/** One line of plain text: control characters become spaces, and each run of spaces one. */
export const plainLine = (text: string) =>
  text.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();

/** `line` as a plain line; in an Actions log between `::stop-commands::` and a random token, so nothing in it runs. */
export function echoLine(line: string, inActions: boolean, token = randomUUID()): string {
  const plain = `${plainLine(line)}\n`;
  return inActions ? `::stop-commands::${token}\n${plain}::${token}::\n` : plain;
}
