// The glossary holds: every Chinese text the site writes itself (interface strings,
// site.config.yaml, the program pages) uses its terms and none of their rejected variants.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { STRINGS, type LogoLimits } from '../../src/i18n/strings.ts';
import { loadPrograms } from '../../src/programs/load-programs.ts';
import { programsDir } from '../../src/programs/programs-dir.ts';
import { PROJECT_ROOT } from '../../tooling/run-script.ts';
import { projectConfig } from '../support/site-config.ts';
import {
  readGlossary,
  rejectedVariants,
  typographyProblems,
  usesEnglishTerm,
} from '../support/chinese-text.ts';

const glossary = readGlossary();
const limits: LogoLimits = {
  megabytes: 5,
  megapixels: 32,
  boxWidth: 160,
  boxHeight: 64,
  sharpWidth: 320,
};

/**
 * Arguments each interface string is tried with, per language: a Chinese name and a Latin one,
 * so the spacing around both is checked. A new string with parameters needs its line here.
 */
const SAMPLES: Record<string, { en: unknown[][]; zh: unknown[][] }> = {
  pageTitle: { en: [['Karmada']], zh: [['Karmada']] },
  readIn: { en: [['Chinese']], zh: [['英语']] },
  fieldLabel: { en: [['Regions']], zh: [['地区']] },
  filtersLabel: { en: [['Community Partners']], zh: [['社区合作伙伴']] },
  resultCount: {
    en: [
      [6, 6],
      [3, 6],
    ],
    zh: [
      [6, 6],
      [3, 6],
    ],
  },
  websiteOf: { en: [['Huawei']], zh: [['华为'], ['DaoCloud']] },
  detailsOf: { en: [['Huawei']], zh: [['中国电子云'], ['DaoCloud']] },
  usageHeading: { en: [['Karmada']], zh: [['Karmada']] },
  joinedOn: {
    en: [['Adopter Group', 'July 30, 2025']],
    zh: [['采用者小组', '2025年7月30日']],
  },
  // The language a case study is in, as Intl.DisplayNames names it on each page.
  inLanguage: { en: [['Chinese'], ['English']], zh: [['英语'], ['中文']] },
  adoptersListIntro: { en: [[46, 'Karmada']], zh: [[46, 'Karmada']] },
  memberOf: {
    en: [['Karmada', 'Bilibili', ['Adopter Group']]],
    zh: [
      ['Karmada', '哔哩哔哩', ['采用者小组']],
      ['Karmada', 'Vivo', ['社区合作伙伴', '采用者小组']],
    ],
  },
  programCount: { en: [[6, 'Community Partners']], zh: [[6, '社区合作伙伴']] },
  programPageLink: {
    en: [['Karmada Adopter Group']],
    zh: [['Karmada 采用者小组'], ['采用者小组']],
  },
  backToProgramTab: { en: [['Adopter Group']], zh: [['采用者小组']] },
  textMarkLabel: { en: [['Vivo']], zh: [['哔哩哔哩'], ['Vivo']] },
  notFoundBack: { en: [['Karmada Partners']], zh: [['Karmada 合作伙伴']] },
  'directoryNeeds.name': { en: [[80]], zh: [[80]] },
  'directoryNeeds.logo': { en: [[limits]], zh: [[limits]] },
  'directoryNeeds.optionalLogo': { en: [[limits]], zh: [[limits]] },
  'directoryNeeds.description': {
    en: [[400, ['English', 'Chinese']]],
    zh: [[400, ['英语', '中文']]],
  },
  'directoryNeeds.services': {
    en: [[['Support', 'Consulting']]],
    zh: [[['技术支持', '咨询']]],
  },
  'directoryNeeds.regions': { en: [[['Europe', 'China']]], zh: [[['欧洲', '中国']]] },
};

type Texts = { key: string; en: string; zh: string }[];

/** Every interface string in both languages, functions called with their samples. */
function interfaceStrings(): Texts {
  const texts: Texts = [];
  const walk = (en: Record<string, unknown>, zh: Record<string, unknown>, prefix: string) => {
    for (const [name, value] of Object.entries(en)) {
      const key = `${prefix}${name}`;
      const other = zh[name];
      if (typeof value === 'string') texts.push({ key, en: value, zh: other as string });
      else if (typeof value === 'function') {
        const samples = SAMPLES[key];
        if (!samples) throw new Error(`add sample arguments for the string ${key} to SAMPLES`);
        const render = (fn: unknown, args: unknown[]) => String((fn as Function)(...args));
        samples.zh.forEach((args, index) =>
          texts.push({
            key: `${key}(${args.join(', ')})`,
            en: render(value, samples.en[Math.min(index, samples.en.length - 1)]),
            zh: render(other, args),
          }),
        );
      } else walk(value as Record<string, unknown>, other as Record<string, unknown>, `${key}.`);
    }
  };
  walk(STRINGS.en, STRINGS.zh, '');
  return texts;
}

/** Every text of site.config.yaml written in both languages, e.g. `project.intro`. */
function configTexts(): Texts {
  const config = load(readFileSync(path.join(PROJECT_ROOT, 'site.config.yaml'), 'utf8'));
  const texts: Texts = [];
  const walk = (node: unknown, key: string) => {
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, `${key}[${index}]`));
    else if (node && typeof node === 'object') {
      const { en, zh } = node as Record<string, unknown>;
      if (typeof en === 'string' && typeof zh === 'string') {
        // Addresses are not texts: https://karmada.io/zh/adopters says no "adopter".
        if (!/(href|url)$/.test(key)) texts.push({ key, en, zh });
      } else for (const [name, value] of Object.entries(node)) walk(value, `${key}.${name}`);
    }
  };
  walk(config, 'site.config.yaml');
  return texts;
}

const programs = await loadPrograms(programsDir(), projectConfig);
/** The front matter texts of each program page in both languages: title, summary, Apply button. */
function programTexts(): Texts {
  const page = (locale: string, program: string) =>
    programs.pages.find((one) => one.locale === locale && one.data.program === program)!.data;
  return ['community-partner', 'adopter'].flatMap((program) => {
    const [en, zh] = [page('en', program), page('zh', program)];
    return [
      { key: `${program} title`, en: en.title, zh: zh.title },
      { key: `${program} description`, en: en.description, zh: zh.description },
      { key: `${program} summary`, en: en.summary, zh: zh.summary },
      { key: `${program} apply.label`, en: en.apply.label, zh: zh.apply.label },
    ];
  });
}

const sources: [string, () => Texts][] = [
  ['the interface strings', interfaceStrings],
  ["site.config.yaml's texts", configTexts],
  ["the program pages' front matter", programTexts],
];

describe('the glossary', () => {
  it('gives each term one Chinese word, never one of its own rejected variants', () => {
    expect(glossary.terms.length).toBeGreaterThan(10);
    for (const term of glossary.terms) {
      expect(term.zh, term.en).toBeTruthy();
      for (const variant of term.rejected ?? []) expect(term.zh).not.toContain(variant);
    }
  });

  it('says why the Adopter Group is 采用者小组 and not the announcements’ “Karmada 用户组”', () => {
    const group = glossary.terms.find((term) => term.en === 'Adopter Group')!;
    expect(group.zh).toBe('采用者小组');
    expect(group.rejected).toContain('用户组');
    expect(group.why).toMatch(/Karmada 用户组/);
  });

  for (const [name, texts] of sources) {
    it(`${name}: the Chinese says in the glossary's word what the English says`, () => {
      const missing = texts().flatMap(({ key, en, zh }) =>
        glossary.terms
          .filter((term) => usesEnglishTerm(en, term) && !zh.includes(term.zh))
          .map((term) => `${key}: "${term.en}" is ${term.zh} in “${zh}”`),
      );
      expect(missing).toEqual([]);
    });

    it(`${name}: no rejected variant, and Chinese punctuation and spacing`, () => {
      const problems = texts().flatMap(({ key, zh }) =>
        [...rejectedVariants(zh, glossary), ...typographyProblems(zh)].map(
          (problem) => `${key}: ${problem}`,
        ),
      );
      expect(problems).toEqual([]);
    });
  }

  it("the Chinese program pages' Markdown uses no rejected variant", () => {
    const problems = programs.pages
      .filter((page) => page.locale === 'zh')
      .flatMap((page) => rejectedVariants(page.body, glossary).map((p) => `${page.file}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('the Chinese Apply buttons say that the page they open is in English', () => {
    for (const page of programs.pages.filter((one) => one.locale === 'zh'))
      expect(page.data.apply.label, page.file).toMatch(/（[^）]*英文[^）]*）$/);
  });

  it('the checks catch what they are for', () => {
    expect(rejectedVariants('本目录展示一个机构时', glossary)).toEqual(['机构 (glossary: 组织)']);
    expect(rejectedVariants('公告称之为“Karmada 用户组”', glossary)).toEqual([]);
    expect(typographyProblems('地区: 中国')).toHaveLength(1);
    expect(typographyProblems('关于 中国电子云')).toHaveLength(1);
    expect(typographyProblems('English (阅读英文版)')).toHaveLength(2);
    expect(typographyProblems('的项目。 本目录的 JSON 数据')).toHaveLength(1);
    expect(typographyProblems('**注意：**本文档仍在完善中。')).not.toEqual([]);
    expect(typographyProblems('关于 DaoCloud，地区：中国')).toEqual([]);
  });
});
