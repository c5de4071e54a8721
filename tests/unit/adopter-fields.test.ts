import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPartners } from '../../src/data/load-partners.ts';
import { formatProblem } from '../../src/core/problems.ts';
import { publishedPartners } from '../../src/data/publish.ts';
import { inlineSegments } from '../../src/core/inline-markdown.ts';
import { projectConfig } from '../support/site-config.ts';
import { ADOPTER_YAML, makePartnersDir } from '../support/temp-partners.ts';

/** An adopter record (name, website, programs: [adopter]) with these lines after it. */
async function load(extra: string) {
  const dir = await makePartnersDir({ 'beta-corp.yaml': `${ADOPTER_YAML}${extra}` });
  const { records, problems } = await loadPartners(dir, projectConfig, path.dirname(dir));
  return { records, lines: problems.map(formatProblem) };
}

describe('usage: what an adopter uses the project for', () => {
  it('takes both languages, apart from the description', async () => {
    const { records, lines } = await load(
      'usage:\n  en: Use Karmada to build multi-cluster platform.\n  zh: 使用 Karmada 构建多集群平台。\n',
    );
    expect(lines).toEqual([]);
    expect(records[0].record.usage).toEqual({
      en: 'Use Karmada to build multi-cluster platform.',
      zh: '使用 Karmada 构建多集群平台。',
    });
    expect(records[0].record.description).toBeUndefined();
  });

  it('warns, at the Chinese text, when a Chinese usage has no English one', async () => {
    const { records, lines } = await load('usage:\n  zh: 使用 Karmada 构建多集群平台。\n');
    expect(records).toHaveLength(1);
    expect(lines).toEqual([
      'partners/beta-corp.yaml:5:7 warning usage.zh: has no English text beside it; add "en:" so visitors of the English page read it in their language',
    ]);
  });

  it('warns when the English usage has no Chinese one, as for descriptions', async () => {
    const { lines } = await load('usage: Use Karmada to build multi-cluster platform.\n');
    expect(lines).toEqual([
      'partners/beta-corp.yaml:4:8 warning usage: has no Chinese text; add "zh:" so visitors of the Chinese page read it in their language',
    ]);
  });

  it('accepts Markdown links and `code`, as karmada.io writes them, and shows them as such', async () => {
    const text =
      'The [ORANG](https://orang.cloud/) `low-code` platform uses Karmada to deploy apps across multi-cloud.';
    const { lines } = await load(`usage:\n  en: "${text}"\n  zh: 零壤低代码平台。\n`);
    expect(lines).toEqual([]);
    expect(inlineSegments(text)).toEqual([
      { text: 'The ' },
      { text: 'ORANG', href: 'https://orang.cloud/' },
      { text: ' ' },
      { text: 'low-code', code: true },
      { text: ' platform uses Karmada to deploy apps across multi-cloud.' },
    ]);
  });

  it('refuses other Markdown, a link that is not a web URL, and HTML, naming the line', async () => {
    const cases: [string, string][] = [
      [
        'Use **Karmada** well.',
        'partners/beta-corp.yaml:5:7 error usage.en: may use only Markdown links and `code` (got bold text (**text**)) (got "Use **Karmada** well."); write plain text with [text](https://...) links and `code` only',
      ],
      [
        'See [docs](javascript:alert(1)).',
        'partners/beta-corp.yaml:5:7 error usage.en: links to "javascript:alert(1)", which is not an absolute https URL (got "See [docs](javascript:alert(1))."); write plain text with [text](https://...) links and `code` only',
      ],
      [
        'Use <b>Karmada</b>.',
        'partners/beta-corp.yaml:5:7 error usage.en: must be plain text, without HTML tags (got "Use <b>Karmada</b>.")',
      ],
    ];
    for (const [text, expected] of cases) {
      const { lines } = await load(`usage:\n  en: "${text}"\n  zh: 中文。\n`);
      expect(lines[0], text).toMatch(
        new RegExp(`^${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      );
    }
  });
});

describe('case studies per language', () => {
  it('takes a title per language, a URL per language, and a path on the project site', async () => {
    const { records, lines } = await load(
      [
        'case_studies:',
        '  - title:',
        '      en: Karmada in AIML INSTITUTE',
        '      zh: 艾莫尔研究院基于 Karmada 的落地实践',
        '    url:',
        '      en: /docs/casestudies/ci123',
        '      zh: https://karmada.io/zh/docs/casestudies/ci123',
        '  - title: { zh: DaoCloud结合Karmada打造新一代企业级多云平台 }',
        '    url: https://karmada.io/zh/docs/casestudies/daocloud',
        '',
      ].join('\n'),
    );
    expect(lines).toEqual([]);
    const [partner] = publishedPartners(records, new Map(), projectConfig);
    expect(partner.caseStudies).toEqual([
      {
        en: {
          title: 'Karmada in AIML INSTITUTE',
          url: 'https://karmada.io/docs/casestudies/ci123',
        },
        zh: {
          title: '艾莫尔研究院基于 Karmada 的落地实践',
          url: 'https://karmada.io/zh/docs/casestudies/ci123',
        },
      },
      {
        zh: {
          title: 'DaoCloud结合Karmada打造新一代企业级多云平台',
          url: 'https://karmada.io/zh/docs/casestudies/daocloud',
        },
      },
    ]);
  });

  it('refuses a URL for a language without a title, and a protocol-relative path', async () => {
    const { lines } = await load(
      'case_studies:\n  - title: Talk\n    url: { en: https://a.example/, zh: https://b.example/ }\n  - title: Other\n    url: //evil.example/x\n',
    );
    expect(lines).toEqual([
      'partners/beta-corp.yaml:6:40 error case_studies[0].url.zh: has a Chinese URL but no Chinese title (got "https://b.example/"); add title.zh, or remove url.zh',
      'partners/beta-corp.yaml:8:10 error case_studies[1].url: must be an absolute https URL, or a path on https://karmada.io starting with "/" (got "//evil.example/x"); write the full address, e.g. https://example.com/talk',
    ]);
  });
});

describe('joined: the day an organization joined a program', () => {
  const joined = [
    'joined:',
    '  adopter:',
    '    date: 2025-07-30',
    '    announcement:',
    '      title: { en: Welcome Beta to the Karmada Adopter Group!, zh: 欢迎 Beta 加入 Karmada 用户组 }',
    '      url:',
    '        en: https://karmada.io/blog/2025/07/30/beta/',
    '        zh: https://karmada.io/zh/blog/2025/07/30/beta/',
    '',
  ].join('\n');

  it('takes the date and the announcement in both languages', async () => {
    const { records, lines } = await load(joined);
    expect(lines).toEqual([]);
    const [partner] = publishedPartners(records, new Map(), projectConfig);
    expect(partner.joined).toEqual({
      adopter: {
        date: '2025-07-30',
        announcement: {
          en: {
            title: 'Welcome Beta to the Karmada Adopter Group!',
            url: 'https://karmada.io/blog/2025/07/30/beta/',
          },
          zh: {
            title: '欢迎 Beta 加入 Karmada 用户组',
            url: 'https://karmada.io/zh/blog/2025/07/30/beta/',
          },
        },
      },
    });
  });

  it('refuses a program the record is not in, a wrong date, and an unknown field', async () => {
    const { lines } = await load(
      'joined:\n  community-partner:\n    date: 2025-02-30\n  adopter:\n    dat: 2025-07-30\n',
    );
    expect(lines).toEqual([
      'partners/beta-corp.yaml:6:5 error joined.community-partner: is for a program the record does not list in "programs" (got "community-partner"); add community-partner to "programs", or remove joined.community-partner',
      'partners/beta-corp.yaml:6:11 error joined.community-partner.date: must be a date written YYYY-MM-DD (got "2025-02-30")',
      'partners/beta-corp.yaml:8:5 error joined.adopter.date: is required; add "date:" with a value',
      'partners/beta-corp.yaml:8:5 error joined.adopter.dat: is not a known field; did you mean "date"?',
    ]);
  });
});
