/** A mistake in how the command was called: reported with the usage hint, exit code 2. */
export class UsageError extends Error {
  readonly hint: string;
  constructor(message: string, hint = 'run npm run new-partner -- --help for the options') {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
}
