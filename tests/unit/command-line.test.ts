import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from '../../src/core/command-line.ts';

const OPTIONS = { into: { type: 'string' }, replace: { type: 'boolean' } } as const;

describe('parseCommandLine, the one argument reader of every command', () => {
  it('reads flags and positional arguments, and knows --help and -h', () => {
    expect(parseCommandLine(['--into', 'site', 'dir'], OPTIONS, { positionals: 1 })).toEqual({
      values: { into: 'site' },
      positionals: ['dir'],
    });
    expect(parseCommandLine(['-h'], OPTIONS).values.help).toBe(true);
    expect(parseCommandLine(['--help'], {}).values.help).toBe(true);
  });

  it('refuses a mistake in one short sentence, as a UsageError', () => {
    const refusal = (args: string[], positionals = 0) => {
      try {
        parseCommandLine(args, OPTIONS, { positionals });
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        return (error as UsageError).message;
      }
    };
    expect(refusal(['--intoo', 'x'])).toBe("Unknown option '--intoo'");
    expect(refusal(['-x'], 1)).toBe("Unknown option '-x'");
    expect(refusal(['--into'])).toBe("Option '--into <value>' argument missing");
    expect(refusal(['extra'])).toBe('unexpected argument extra');
    expect(refusal(['a', 'b'], 1)).toBe('unexpected argument b');
  });
});
