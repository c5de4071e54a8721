import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { buildFixtureSite, siteFiles } from '../support/build-fixture-site.ts';

// The same rules as `npm run check-html` (html-validate's recommended set), over every page
// the fixture site builds, redirects and both languages included.
const CONFIG = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8'),
);

describe('html-validate', () => {
  it('finds nothing wrong in any built page', async () => {
    const outDir = await buildFixtureSite();
    const pages = (await siteFiles(outDir)).filter((file) => file.endsWith('.html'));
    expect(pages).toContain('index.html');
    expect(pages).toContain(path.join('zh', 'partners', 'index.html'));
    const validator = new HtmlValidate(CONFIG);
    const report: string[] = [];
    for (const page of pages) {
      const result = await validator.validateFile(path.join(outDir, page));
      for (const message of result.results.flatMap((file) => file.messages))
        report.push(
          `${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
        );
    }
    expect(report).toEqual([]);
  });

  it('would report a form without a submit button', async () => {
    const validator = new HtmlValidate(CONFIG);
    const result = await validator.validateString(
      '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><form><input name="q" aria-label="q"></form></body></html>',
    );
    expect(result.results.flatMap((file) => file.messages.map((m) => m.ruleId))).toContain(
      'wcag/h32',
    );
  });
});

/**
 * The W3C Nu HTML checker, as `npm run check-html` runs it: its errors in `dir`, as
 * `file:line message`. Its notes on the Content-Security-Policy are left out, as there: reading
 * files, it cannot resolve 'self' nor tell a JSON-LD block from a script.
 */
async function nuErrors(dir: string): Promise<string[]> {
  const jar = path.resolve(import.meta.dirname, '../../node_modules/vnu-jar/build/dist/vnu.jar');
  const args = ['-jar', jar, '--format', 'json', '--skip-non-html', '--exit-zero-always', dir];
  const { stderr } = await promisify(execFile)('java', args, { maxBuffer: 64 * 1024 ** 2 });
  const { messages } = JSON.parse(stderr) as {
    messages: { type: string; url: string; lastLine?: number; message: string }[];
  };
  return messages
    .filter((message) => message.type === 'error')
    .map(
      (message) =>
        `${path.relative(dir, new URL(message.url).pathname)}:${message.lastLine} ${message.message}`,
    );
}

describe('the W3C Nu HTML checker', () => {
  it('finds no error in any built page', async () => {
    expect(await nuErrors(await buildFixtureSite())).toEqual([]);
  });

  it('would report a refresh without the space after the semicolon, and tabs without panels', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'karmada-nu-probe-'));
    writeFileSync(
      path.join(dir, 'index.html'),
      `<!DOCTYPE html><html lang="en"><head><title>x</title><meta http-equiv="refresh" content="0;url=/partners/"></head>
<body><div role="tablist"><a role="tab" href="#a" aria-selected="true">A</a></div></body></html>`,
    );
    expect(await nuErrors(dir)).toEqual([
      expect.stringMatching(/^index\.html:1 Bad value “0;url=\/partners\/”/),
      expect.stringMatching(/^index\.html:2 Every active “role=tab” element must have/),
    ]);
  });
});
