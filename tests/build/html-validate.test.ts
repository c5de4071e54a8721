import { readFileSync } from 'node:fs';
import path from 'node:path';
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
