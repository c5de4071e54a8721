import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/programs/load-programs.ts';
import { programsDir } from '../../src/programs/programs-dir.ts';
import { directoryNeeds } from '../../src/programs/directory-needs.ts';
import { DESCRIPTION_MAX } from '../../src/schema/record.ts';
import { MAX_LOGO_BYTES } from '../../src/logos/logo-limits.ts';
import { projectConfig } from '../support/site-config.ts';

// The title the program document's own "Open an issue" link pre-fills (and the form's title).
const PROGRAM_DOCUMENT_TITLE =
  'REQUEST: Organization <Organization name> that provides commercial support to Karmada New Commercial Support ';

const loaded = await loadPrograms(programsDir(), projectConfig);
const page = (locale: string, program: string) =>
  loaded.pages.find((one) => one.locale === locale && one.data.program === program)!;
/** Every link target of a page's Markdown, with karmada.io's Chinese paths made English. */
const linkTargets = (body: string) =>
  new Set([...body.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1].replace('/zh/', '/')));

describe("the project's program pages", () => {
  it('are valid, one per program and language', () => {
    expect(loaded.problems).toEqual([]);
    expect(loaded.pages.map((one) => `${one.locale}/${one.slug}`).sort()).toEqual([
      'en/adopter-group',
      'en/community-partner',
      'zh/adopter-group',
      'zh/community-partner',
    ]);
  });

  for (const locale of ['en', 'zh']) {
    it(`${locale}: the Apply link pre-fills the program document's title and form`, () => {
      const apply = new URL(page(locale, 'community-partner').data.apply.url);
      expect(apply.origin + apply.pathname).toBe(
        'https://github.com/karmada-io/community/issues/new',
      );
      expect(apply.searchParams.get('template')).toBe('community-partner.yml');
      expect(apply.searchParams.get('title')).toBe(PROGRAM_DOCUMENT_TITLE);
      // The page's own "Open an issue" step links the same address.
      expect(page(locale, 'community-partner').body).toContain(`(${apply.href})`);
      expect(page(locale, 'adopter').data.apply.url).toBe(
        'https://github.com/karmada-io/karmada/issues/4540',
      );
    });

    it(`${locale}: shows the contacts as the programs give them, as mailto: and GitHub links`, () => {
      for (const program of ['community-partner', 'adopter']) {
        const body = page(locale, program).body;
        expect(body).toContain(
          '[cncf-karmada-maintainers@lists.cncf.io](mailto:cncf-karmada-maintainers@lists.cncf.io)',
        );
        expect(body).toContain('[@RainbowMango](https://github.com/RainbowMango)');
        expect(body).toContain('[qdurenhongcai@gmail.com](mailto:qdurenhongcai@gmail.com)');
      }
      const partner = page(locale, 'community-partner').body;
      expect(partner).toContain('[@wawa0210](https://github.com/wawa0210)');
      expect(partner).toContain('[xiaozhang0210@hotmail.com](mailto:xiaozhang0210@hotmail.com)');
    });

    it(`${locale}: says nothing the programs do not`, () => {
      for (const program of ['community-partner', 'adopter']) {
        const { body, data } = page(locale, program);
        const text = `${body}\n${data.summary}\n${data.description}`;
        expect(text).not.toMatch(/at any time|随时|free of charge|listing is free|免费/i);
        expect(text).not.toMatch(/slack\.com|#karmada\b|in the open|公开评审|goes live|上线/i);
      }
    });
  }

  it('links the same places in both languages', () => {
    for (const program of ['community-partner', 'adopter']) {
      expect(linkTargets(page('zh', program).body)).toEqual(linkTargets(page('en', program).body));
    }
  });
});

describe('"What the directory needs"', () => {
  it("states the validator's own limits, in both languages", () => {
    const en = directoryNeeds(projectConfig, 'community-partner', 'en').join('\n');
    expect(en).toContain(`at most ${DESCRIPTION_MAX} characters`);
    expect(en).toContain(`at most ${MAX_LOGO_BYTES / 1024 / 1024} MB`);
    expect(en).toContain(
      'Support, Consulting, Training, Cloud service, Distribution, Other services',
    );
    // Exactly what is and is not published: the pages never show the contact, the issue and record do.
    expect(en).toContain("The directory's pages and its JSON data never show it");
    expect(en).toContain("in the public application issue and in the organization's record");
    const zh = directoryNeeds(projectConfig, 'community-partner', 'zh').join('\n');
    expect(zh).toContain(`不超过 ${DESCRIPTION_MAX} 个字符`);
    expect(zh).toContain('技术支持、咨询、培训');
    expect(zh).toContain('以英文撰写，如可能请同时提供中文');
    expect(zh).toContain('3200 万像素');
    // The program asks for "png or svg format": the directory states no preference of its own.
    expect(`${en}\n${zh}`).not.toMatch(/preferred|推荐/);
    // An adopter's listing needs less: a name and website, and a logo only if it has one.
    expect(directoryNeeds(projectConfig, 'adopter', 'en')).toHaveLength(2);
  });
});
