import type { Context } from '../context.ts';
import { COMMAND } from '../draft.ts';
import { downloadLogo } from '../read-logo.ts';

export type FetchLogoContext = Pick<
  Context,
  'options' | 'issue' | 'draft' | 'origins' | 'problems' | 'timeoutMs' | 'env' | 'stdout'
>;

/** The logo from --logo-url or an issue read online (--logo wins); a failed download is reported with the record's problems. */
export async function fetchLogo(ctx: FetchLogoContext): Promise<undefined> {
  const link = ctx.issue?.logoLinks.find((url) => /^https?:\/\//i.test(url));
  const address = ctx.options.logoUrl ?? (ctx.issue?.online ? link : undefined);
  if (!ctx.draft.logo && address !== undefined) {
    const reading = await downloadLogo(address, {
      timeoutMs: ctx.timeoutMs,
      allowLoopback: ctx.env.INTAKE_ALLOW_LOOPBACK === '1',
      // The issue's own link must be a GitHub attachment; --logo-url is the maintainer's choice.
      attachmentOnly: ctx.options.logoUrl === undefined,
    });
    if (reading.ok) {
      ctx.draft.logo = reading.logo;
      ctx.origins.logo = {
        file: COMMAND,
        hint: `the logo was downloaded from ${reading.logo.source}: correct it with --logo PATH`,
      };
      ctx.stdout.write(
        `downloaded the logo from ${reading.logo.source} (${reading.logo.format.toUpperCase()}, ${reading.logo.bytes.byteLength} bytes)\n`,
      );
    } else {
      const field = ctx.options.logoUrl === undefined ? 'logo' : '--logo-url';
      ctx.problems.push({ ...reading.problem, file: COMMAND, field });
    }
  }
  if (ctx.issue)
    ctx.origins.logo ??= {
      file: COMMAND,
      hint: link
        ? `the application links to its logo: pass --logo-url ${link}, or --logo PATH for a copy you downloaded`
        : 'the application has no logo: ask the applicant for an SVG or PNG and pass --logo PATH',
    };
}
