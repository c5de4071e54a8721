import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { UsageError } from './new-partner-options.ts';

/** Asks one question at a time and reads one line per answer. */
export interface Prompter {
  ask(question: string): Promise<string>;
  say(line: string): void;
  close(): void;
}

/**
 * A prompter on the terminal, or on piped input: lines are read through the interface's
 * async iterator, which buffers them, so answers piped all at once are not lost between
 * questions (rl.question would drop lines that arrive before it is called).
 */
export function terminalPrompter(
  input: Readable & { isTTY?: boolean },
  output: Writable,
): Prompter {
  const rl = createInterface({ input, output, terminal: input.isTTY === true });
  const lines = rl[Symbol.asyncIterator]();
  let interrupted = false;
  // Without a listener, Ctrl+C in a terminal only pauses the input, leaving the question hanging.
  rl.on('SIGINT', () => {
    interrupted = true;
    rl.close();
  });
  return {
    async ask(question) {
      rl.setPrompt(question);
      rl.prompt();
      const next = await lines.next();
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
    say(line) {
      output.write(`${line}\n`);
    },
    close() {
      rl.close();
    },
  };
}
