// `npm run new-partner`: as in create-astro, one context goes through a list of steps.
import { COMMAND } from './draft.ts';
import {
  createContext,
  parseNewPartnerArgs,
  report,
  usage,
  type Context,
  type NewPartnerIO,
} from './context.ts';
import { applyFlags } from './steps/apply-flags.ts';
import { ask } from './steps/ask.ts';
import { assemble, check } from './steps/check.ts';
import { fetchLogo } from './steps/fetch-logo.ts';
import { readIssue } from './steps/read-issue.ts';
import { write } from './steps/write.ts';
import { UsageError } from '../core/command-line.ts';

const USAGE_HINT = 'run npm run new-partner -- --help for the options';

/** A step may end the run with an exit code; the last one always does. */
type Step = (ctx: Context) => Promise<number | undefined>;
const STEPS = [applyFlags, readIssue, fetchLogo, ask, assemble, check, write] as Step[];

/** The exit code: 0 written and valid, 1 refused or invalid, 2 wrong usage. */
export async function newPartner(args: string[], io: NewPartnerIO): Promise<number> {
  try {
    const options = parseNewPartnerArgs(args, io.config);
    if (options.help) {
      io.stdout.write(`${usage(io.config, io.issueRepo)}\n`);
      return 0;
    }
    const ctx = await createContext(options, io);
    for (const step of STEPS) {
      const code = await step(ctx);
      if (code !== undefined) return code;
    }
    return 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    report(io.stderr, [
      { file: COMMAND, severity: 'error', message: error.message, hint: error.hint ?? USAGE_HINT },
    ]);
    return 2;
  }
}
