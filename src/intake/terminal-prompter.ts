import { createInterface, type Interface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { UsageError } from '../core/command-line.ts';

export type Prompter = ReturnType<typeof terminalPrompter>;

/** Touches the input only once it asks; lines come from readline's async iterator, which buffers them (rl.question would drop early piped lines). */
export function terminalPrompter(input: Readable & { isTTY?: boolean }, output: Writable) {
  let reader: { rl: Interface; lines: AsyncIterator<string> } | undefined;
  let interrupted = false;
  const open = () => {
    const rl = createInterface({ input, output, terminal: input.isTTY === true });
    // Without a listener, Ctrl+C in a terminal only pauses the input, leaving the question hanging.
    rl.on('SIGINT', () => {
      interrupted = true;
      rl.close();
    });
    return { rl, lines: rl[Symbol.asyncIterator]() };
  };
  return {
    async ask(question: string): Promise<string> {
      reader ??= open();
      reader.rl.setPrompt(question);
      reader.rl.prompt();
      const next = await reader.lines.next();
      if (next.done) {
        output.write('\n');
        if (interrupted)
          throw new UsageError(
            'stopped before every question was answered: nothing was written',
            'run the command again when you have the answers',
          );
        throw new UsageError(
          'the input ended before every question was answered',
          'answer each question on its own line, or give the answers as flags (npm run new-partner -- --help)',
        );
      }
      if (input.isTTY !== true) output.write('\n'); // piped answers are not echoed; keep one question per line
      return next.value;
    },
    say(line: string) {
      output.write(`${line}\n`);
    },
    close() {
      reader?.rl.close();
    },
  };
}
