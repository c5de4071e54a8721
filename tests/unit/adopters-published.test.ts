// Every fact karmada.io publishes about its adopters (/adopters, /zh/adopters and the nine
// Adopter Group announcements) is in partners/: usage in both languages, the Chinese name, the
// case studies in each language, the joined date and announcement.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPartners, type LoadedRecord } from '../../src/data/load-partners.ts';
import { publishedPartners, nameIn, type PublishedPartner } from '../../src/data/publish.ts';
import { absoluteUrl, linkIn as linkInLocales } from '../../src/data/localized-links.ts';
import { projectConfig } from '../support/site-config.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/karmada-website');
const KARMADA = projectConfig.site.url;
const linkIn = (link: Parameters<typeof linkInLocales>[0], locale: string) =>
  linkInLocales(link, locale, 'en');

interface Study {
  title?: string;
  url?: string;
  note?: string;
}
interface Adopter {
  name: string;
  name_zh: string;
  website: string;
  website_zh?: string;
  usage_en: string;
  usage_zh: string;
  case_studies_en?: Study[];
  case_studies_zh?: Study[];
}
interface Announcement {
  organization: string;
  website: string;
  date: string | Date;
  title_en: string;
  url_en: string;
  title_zh: string;
  url_zh: string;
}

const read = <T>(file: string): T => load(readFileSync(path.join(FIXTURES, file), 'utf8')) as T;
const { adopters } = read<{ adopters: Adopter[] }>('adopters-published.yaml');
const { announcements } = read<{ announcements: Announcement[] }>('adopter-announcements.yaml');
// Matched by website as karmada.io's rows are: the host, without www. (a record may link a deeper page).
const host = (url: string) => new URL(url.trim()).hostname.replace(/^www\./, '');

let records: LoadedRecord[];
let partners: PublishedPartner[];
const recordOf = (website: string) => {
  const found = records.filter((loaded) => host(loaded.record.website) === host(website));
  expect(
    found.map((loaded) => loaded.id),
    website,
  ).toHaveLength(1);
  return found[0];
};
const partnerOf = (website: string) => partners.find((p) => p.id === recordOf(website).id)!;
const sourceOf = (loaded: LoadedRecord) => readFileSync(path.join(ROOT, loaded.file), 'utf8');

beforeAll(async () => {
  const result = await loadPartners(path.join(ROOT, 'partners'), projectConfig, ROOT);
  expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  records = result.records;
  partners = publishedPartners(records, new Map(), projectConfig);
});

describe("karmada.io's adopters tables, organization by organization", () => {
  it('has all 46 organizations, each an adopter', () => {
    expect(adopters).toHaveLength(46);
    for (const adopter of adopters)
      expect(recordOf(adopter.website).record.programs, adopter.name).toContain('adopter');
  });

  for (const adopter of adopters) {
    it(`${adopter.name}: names, usage and case studies in both languages`, () => {
      const loaded = recordOf(adopter.website);
      const partner = partnerOf(adopter.website);
      // The English name as karmada.io writes it, or a comment saying why the record differs.
      if (partner.name !== adopter.name) expect(sourceOf(loaded)).toContain(`"${adopter.name}"`);
      expect(nameIn(partner, 'zh')).toBe(adopter.name_zh);
      expect(partner.usage).toEqual({ en: adopter.usage_en, zh: adopter.usage_zh });
      for (const [locale, studies] of [
        ['en', adopter.case_studies_en ?? []],
        ['zh', adopter.case_studies_zh ?? []],
      ] as const) {
        const shown = partner.caseStudies.map((study) => linkIn(study, locale));
        for (const study of studies) {
          if (study.note) {
            // "TBD" case studies have no URL yet: the record's comment keeps the note.
            expect(sourceOf(loaded)).toContain(`"${study.note}"`);
            continue;
          }
          expect(shown, `${locale}: ${study.title}`).toContainEqual({
            title: study.title,
            url: absoluteUrl(study.url!.trim(), KARMADA),
            locale: shown.find((entry) => entry.title === study.title)?.locale,
          });
        }
      }
      if (adopter.website_zh) expect(sourceOf(loaded)).toContain(adopter.website_zh);
    });
  }

  it('shows on the Chinese page the case study that karmada.io has only in Chinese, in Chinese', () => {
    const daocloud = partnerOf('https://www.daocloud.io/');
    expect(linkIn(daocloud.caseStudies[0], 'zh')).toEqual({
      title: 'DaoCloud结合Karmada打造新一代企业级多云平台',
      url: 'https://karmada.io/zh/docs/casestudies/daocloud',
      locale: 'zh',
    });
    // The English page falls back to it, marked as Chinese.
    expect(linkIn(daocloud.caseStudies[0], 'en').locale).toBe('zh');
  });

  it('lists adopters alphabetically by English name, ignoring case, as karmada.io means to', () => {
    const collator = new Intl.Collator('en', { sensitivity: 'base' });
    const alphabetical = [...adopters]
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((adopter) => recordOf(adopter.website).id);
    const listed = partners
      .filter((partner) => partner.programs.includes('adopter'))
      .map((partner) => partner.id);
    expect(listed).toEqual(alphabetical);
    // karmada.io's hand-kept table strays from that order in a few places (WPS, Transwarp and
    // Dewu appended at the end, CECloud after Cibfintech.com, Sina after Songke Intelligence).
    expect(adopters.slice(-3).map((adopter) => adopter.name)).toEqual(['WPS', 'Transwarp', 'Dewu']);
  });
});

describe('the Adopter Group announcements', () => {
  it('has all nine, each with its date and post in both languages', () => {
    expect(announcements).toHaveLength(9);
    for (const post of announcements) {
      const partner = partnerOf(post.website);
      const date = String(
        post.date instanceof Date ? post.date.toISOString().slice(0, 10) : post.date,
      );
      expect(partner.joined.adopter, post.organization).toEqual({
        date,
        announcement: {
          en: { title: post.title_en, url: post.url_en },
          zh: { title: post.title_zh, url: post.url_zh },
        },
      });
    }
  });

  it('dates no other organization', () => {
    const dated = partners.filter((partner) => partner.joined.adopter).map((p) => p.website);
    expect(dated.map(host).sort()).toEqual(announcements.map((post) => host(post.website)).sort());
  });
});
