// Reads the built pages of the real directory (partners/, content/programs/), so it runs
// without Chromium: every Chinese page is Chinese, every rule about a listing is labelled as
// the directory's own, and the search placeholder's examples find partners.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { inlinePlainText } from '../../src/core/inline-markdown.ts';
import { loadPartners } from '../../src/data/load-partners.ts';
import { DESCRIPTION_MAX, NAME_MAX } from '../../src/schema/record.ts';
import { PROJECT_ROOT } from '../../tooling/run-script.ts';
import { buildFixtureSite, sitePages } from '../support/build-fixture-site.ts';
import { projectConfig } from '../support/site-config.ts';
import {
  latinWords,
  readGlossary,
  rejectedVariants,
  typographyProblems,
} from '../support/chinese-text.ts';

const REAL_SITE = {
  partners: path.join(PROJECT_ROOT, 'partners'),
  programs: path.join(PROJECT_ROOT, 'content/programs'),
};
const glossary = readGlossary();

type DomNode = ReturnType<typeof parseDocument>['children'][number];
const SKIPPED = new Set(['script', 'style', 'code', 'pre', 'svg', 'template']);
const BLOCKS = new Set(
  'address article aside blockquote br button dd div dl dt footer form h1 h2 h3 h4 h5 h6 header label li main nav ol option p section select summary table td th title ul'.split(
    ' ',
  ),
);
const ATTRIBUTES = ['aria-label', 'alt', 'title', 'placeholder'];
/** Whether an element has a class (Astro adds its own scoping classes beside). */
const hasClass = (element: { attribs: Record<string, string> }, name: string) =>
  (element.attribs.class ?? '').split(' ').includes(name);
// Blocks are apart (no rule reaches across them); a passage in another language, or code,
// stands in one mark.
const BLOCK_BREAK = '\u2029';
const OTHER_LANGUAGE = '▪';

/**
 * A page's text in its own language, the attributes a reader hears or sees there, and apart
 * what it quotes: an organization's usage (class `usage`), shown as karmada.io publishes it
 * (tests/unit/adopters-published.test.ts pins every one to karmada.io's text).
 */
function textOf(html: string): { text: string; quoted: string; attributes: string[] } {
  const document = parseDocument(html);
  const root = DomUtils.findOne((element) => element.name === 'html', document.children)!;
  const parts = { text: '', quoted: '' };
  const attributes: string[] = [];
  const walk = (node: DomNode, lang: string, into: keyof typeof parts) => {
    if (node.type === 'text' && 'data' in node) parts[into] += node.data;
    // aria-hidden parts are pictures, such as the initials standing in for a missing logo.
    if (!('attribs' in node) || node.attribs['aria-hidden'] === 'true') return;
    // Code is written as it is, like a passage in another language.
    if (SKIPPED.has(node.name)) {
      parts[into] += OTHER_LANGUAGE;
      return;
    }
    const own = node.attribs.lang ?? lang;
    if (own.split('-')[0] !== lang.split('-')[0]) {
      parts[into] += OTHER_LANGUAGE;
      return;
    }
    const part = hasClass(node, 'usage') ? 'quoted' : into;
    for (const name of ATTRIBUTES) if (node.attribs[name]) attributes.push(node.attribs[name]);
    if (BLOCKS.has(node.name)) parts[part] += BLOCK_BREAK;
    for (const child of node.children) walk(child, own, part);
    if (BLOCKS.has(node.name)) parts[part] += BLOCK_BREAK;
  };
  walk(root, root.attribs.lang, 'text');
  return { ...parts, attributes };
}

const { records } = await loadPartners(REAL_SITE.partners, projectConfig);
/** What the records say in Chinese as karmada.io publishes it: usages and case-study titles. */
const recordChinese = records.flatMap(({ record }) => [
  ...(record.usage && typeof record.usage === 'object' && record.usage.zh
    ? [inlinePlainText(record.usage.zh)]
    : []),
  ...(record.case_studies ?? []).flatMap((study) =>
    typeof study.title === 'object' && study.title.zh ? [study.title.zh] : [],
  ),
]);

/**
 * Latin words a Chinese page may write: the glossary's, the organizations' names, the words
 * their Chinese texts keep in Latin letters as karmada.io publishes them (K8s, GPU, Istio), and
 * the configuration's untranslated names.
 */
function allowedLatinWords(): Set<string> {
  const names = records.flatMap(({ record }) => [
    record.name,
    ...Object.values(record.names ?? {}).filter((name) => name !== undefined),
  ]);
  const config = load(readFileSync(path.join(PROJECT_ROOT, 'site.config.yaml'), 'utf8'));
  // Texts the configuration gives in one language only are shown as they are on every page.
  const untranslated: string[] = [];
  const walk = (node: unknown, key: string) => {
    if (typeof node === 'string' && /(name|title|label)$/.test(key)) untranslated.push(node);
    else if (Array.isArray(node)) node.forEach((item) => walk(item, key));
    else if (node && typeof node === 'object') {
      const map = node as Record<string, unknown>;
      if (typeof map.en === 'string' && map.zh === undefined) untranslated.push(map.en);
      else for (const [name, value] of Object.entries(map)) walk(value, name);
    }
  };
  walk(config, '');
  return new Set([
    ...glossary.latin,
    ...[...names, ...recordChinese, ...untranslated].flatMap(latinWords),
  ]);
}

describe('the built directory, read as its visitors read it', () => {
  let outDir = '';
  let pages: { path: string; html: string }[] = [];
  beforeAll(async () => {
    outDir = await buildFixtureSite(REAL_SITE);
    pages = await Promise.all(
      (await sitePages(outDir)).map(async (page) => ({
        path: page,
        html: await readFile(
          path.join(outDir, page.endsWith('.html') ? page : `${page}index.html`),
          'utf8',
        ),
      })),
    );
  });
  const chinesePages = () => pages.filter((page) => page.path.startsWith('/zh/'));
  const page = (pagePath: string) => pages.find((one) => one.path === pagePath)!.html;

  it('has Chinese pages for the directory, every organization and both programs', () => {
    const paths = chinesePages().map((one) => one.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/zh/partners/',
        '/zh/partners/huawei/',
        '/zh/partners/programs/community-partner/',
        '/zh/partners/programs/adopter-group/',
      ]),
    );
    expect(paths.length).toBeGreaterThan(40);
  });

  it('every Chinese page writes Latin letters only for names and product words', async () => {
    const allowed = allowedLatinWords();
    const problems = chinesePages().flatMap(({ path: pagePath, html }) => {
      const { text, quoted, attributes } = textOf(html);
      const words = [text, quoted, ...attributes].flatMap(latinWords);
      return [...new Set(words.filter((word) => !allowed.has(word)))].map(
        (word) => `${pagePath}: “${word}”`,
      );
    });
    expect(problems).toEqual([]);
  });

  // The site's own words, not what it quotes: karmada.io's usage texts keep their own words and
  // spacing (VIPKID's 多厂商 are cloud vendors, not the program's 供应商).
  it('every Chinese page uses Chinese punctuation, no space between Chinese words and no rejected term', () => {
    const problems = chinesePages().flatMap(({ path: pagePath, html }) => {
      const { text, attributes } = textOf(html);
      return [text, ...attributes].flatMap((part) =>
        [...typographyProblems(part), ...rejectedVariants(part, glossary)].map(
          (problem) => `${pagePath}: ${problem}`,
        ),
      );
    });
    expect(problems).toEqual([]);
  });

  it('quotes nothing but the records’ Chinese usage texts, as karmada.io publishes them', () => {
    const pieces = chinesePages().flatMap(({ path: pagePath, html }) =>
      textOf(html)
        .quoted.split(new RegExp(`[${BLOCK_BREAK}${OTHER_LANGUAGE}]`))
        .map((piece) => piece.trim())
        .filter(Boolean)
        .map((piece) => ({ pagePath, piece })),
    );
    expect(pieces.length).toBeGreaterThan(40);
    const unknown = pieces.filter(({ piece }) => !recordChinese.some((one) => one.includes(piece)));
    expect(unknown).toEqual([]);
  });

  it('labels every rule it states about a listing as its own, in both languages', () => {
    // What the directory asks beyond the programs: lengths, logo limits, addresses, vocabularies.
    const RULES = {
      en: {
        name: new RegExp(`at most ${NAME_MAX} characters`),
        description: new RegExp(`at most ${DESCRIPTION_MAX} characters`),
        'logo size': /at most \d+ MB and \d+ million pixels/,
        'logo box': /\d+ × \d+ px/,
        address: /use https .*http is accepted/,
        services: /services it offers, chosen from/,
        regions: /regions it serves, chosen from/,
      },
      zh: {
        name: new RegExp(`不超过 ${NAME_MAX} 个字符`),
        description: new RegExp(`不超过 ${DESCRIPTION_MAX} 个字符`),
        'logo size': /不超过 \d+ MB、\d+ 万像素/,
        'logo box': /\d+ × \d+ 像素/,
        address: /https 地址.*http 地址也可接受/,
        services: /所提供的服务，从以下各项中选择/,
        regions: /服务覆盖的地区，从以下各项中选择/,
      },
    };
    const LABEL = {
      en: /^These are this directory's own requirements for showing an organization, not terms of the program:$/,
      zh: /^以下是本目录展示组织时自己的要求，并非计划条款：$/,
    };
    const anyRule = (locale: 'en' | 'zh') =>
      new RegExp(
        [
          ...Object.values(RULES[locale]).map((rule) => rule.source),
          locale === 'en' ? String.raw`\d+ characters|\d+ MB|pixels` : '个字符|MB|像素',
        ].join('|'),
      );
    for (const locale of ['en', 'zh'] as const) {
      const prefix = locale === 'en' ? '/partners/' : '/zh/partners/';
      for (const { path: pagePath, html } of pages.filter((one) => one.path.startsWith(prefix))) {
        const document = parseDocument(html);
        const needs = DomUtils.findOne(
          (element) => element.attribs['aria-labelledby'] === 'directory-needs',
          document.children,
        );
        if (needs) DomUtils.removeElement(needs);
        // Outside its labelled section, no page states a rule of the directory's.
        expect(DomUtils.textContent(document), pagePath).not.toMatch(anyRule(locale));
        if (!needs) continue;
        const intro = DomUtils.findOne((element) => element.name === 'p', [needs])!;
        expect(DomUtils.textContent(intro).trim(), pagePath).toMatch(LABEL[locale]);
      }
      const needs = (program: string) => {
        const html = page(`${prefix}programs/${program}/`);
        const section = DomUtils.findOne(
          (element) => element.attribs['aria-labelledby'] === 'directory-needs',
          parseDocument(html).children,
        )!;
        return DomUtils.textContent(section);
      };
      const partnerNeeds = needs('community-partner');
      for (const [rule, pattern] of Object.entries(RULES[locale]))
        expect(partnerNeeds, `${locale} ${rule}`).toMatch(pattern);
      const adopterNeeds = needs('adopter-group');
      for (const rule of ['name', 'logo size'] as const)
        expect(adopterNeeds, `${locale} ${rule}`).toMatch(RULES[locale][rule]);
    }
  });

  it("the search placeholder's examples each find a community partner, and so do they together", () => {
    // As the filter script reads a card: its names, description and services, and data-search.
    const fold = (text: string) =>
      text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
    const words = (text: string) =>
      fold(text)
        .split(/[\s\p{P}]+/u)
        .filter(Boolean);
    for (const pagePath of ['/partners/', '/zh/partners/']) {
      const document = parseDocument(page(pagePath));
      const list = DomUtils.findOne(
        (element) => element.attribs.id === 'community-partner-list',
        document.children,
      )!;
      const cards = DomUtils.findAll((element) => hasClass(element, 'card'), [list]).map((card) =>
        fold(
          [
            ...DomUtils.findAll(
              (element) =>
                ['name', 'alt-name', 'description', 'badges'].some((name) =>
                  hasClass(element, name),
                ),
              [card],
            ).map((part) => DomUtils.textContent(part)),
            card.attribs['data-search'] ?? '',
          ].join(' '),
        ),
      );
      const search = DomUtils.findOne(
        (element) => element.attribs.type === 'search',
        document.children,
      )!;
      const examples = search.attribs.placeholder.replace(/^(e\.g\.|例如：)\s*/, '');
      for (const query of [...examples.split(/[,、]\s*/), examples]) {
        const found = cards.filter((card) => words(query).every((word) => card.includes(word)));
        expect(found.length, `${pagePath}: “${query}”`).toBeGreaterThan(0);
      }
    }
  });
});
