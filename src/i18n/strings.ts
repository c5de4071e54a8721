import type { Locale, ProgramId, RegionId, ServiceId } from '../schema/vocabulary.ts';

/** Every interface string, in every language; `satisfies` makes a missing translation a type error. */
const en = {
  htmlLang: 'en',
  siteName: 'Karmada',
  pageTitle: 'Karmada Partners',
  pageDescription:
    'Organizations that offer Karmada support, consulting, training and services, and the members of the Karmada Adopter Group.',
  intro:
    'Karmada community partners offer support, consulting, training and services around Karmada. The Adopter Group brings together organizations that run Karmada in production.',
  skipToContent: 'Skip to content',
  languageName: 'English',
  switchLanguage: '中文',
  switchLanguageLabel: 'Read this page in Chinese',
  programsLabel: 'Programs',
  programs: {
    'community-partner': 'Community Partners',
    adopter: 'Adopter Group',
  } satisfies Record<ProgramId, string>,
  programIntro: {
    'community-partner': 'Vendors that offer Karmada support, consulting, training and services.',
    adopter: 'Organizations that use Karmada and share their experience with the community.',
  } satisfies Record<ProgramId, string>,
  services: {
    support: 'Support',
    consulting: 'Consulting',
    training: 'Training',
    'cloud-service': 'Cloud service',
    distribution: 'Distribution',
    other: 'Other services',
  } satisfies Record<ServiceId, string>,
  regions: {
    global: 'Global',
    americas: 'Americas',
    europe: 'Europe',
    'middle-east-africa': 'Middle East & Africa',
    'asia-pacific': 'Asia Pacific',
    china: 'China',
  } satisfies Record<RegionId, string>,
  filtersLabel: 'Filter community partners',
  searchLabel: 'Search by name',
  searchPlaceholder: 'e.g. DaoCloud',
  serviceFilter: 'Service',
  regionFilter: 'Region',
  anyService: 'Any service',
  anyRegion: 'Any region',
  clearFilters: 'Clear filters',
  resultCount: (shown: number, total: number) =>
    shown === total ? `${total} partners` : `${shown} of ${total} partners shown`,
  noResults: 'No partner matches these filters.',
  servicesHeading: 'Services',
  regionsHeading: 'Regions',
  websiteLink: 'Website',
  websiteOf: (name: string) => `Website of ${name} (opens in a new tab)`,
  opensInNewTab: '(opens in a new tab)',
  detailsLink: 'Details',
  detailsOf: (name: string) => `About ${name}`,
  caseStudiesHeading: 'Case studies',
  memberSince: 'Member since',
  memberOf: (name: string, programs: string[]) =>
    `${name} is in the Karmada ${programs.join(' and the ')}.`,
  backToDirectory: 'All partners',
  programsOf: 'Programs',
  orderNote: 'Organizations are listed alphabetically by name.',
  becomeHeading: 'Become a Karmada community partner',
  becomeIntro:
    'Organizations that build on Karmada and help others adopt it can join the community partner program. Listing is free and reviewed in the open.',
  benefitsHeading: 'Benefits',
  benefits: [
    'Your organization on this page, on the Community Partners tab that visitors see first.',
    'A page of your own with your offering, the regions you serve and your case studies.',
    'A link from the official Karmada website to yours, in English and Chinese.',
  ],
  stepsHeading: 'How to apply',
  steps: [
    'Open an application issue in karmada-io/community with the "Karmada Commercial Support Request" form.',
    'Maintainers review it and may ask questions in the issue.',
    'Once approved, a pull request adds your record and logo to this directory; your listing goes live when it is merged.',
  ],
  prepareHeading: 'What to prepare',
  prepare: [
    "Your organization's official name and website.",
    'A short description (up to 400 characters) of what you offer around Karmada, in English and, if you can, in Chinese.',
    'Your logo as SVG, or as a PNG at least 320 px wide, with a transparent or white background.',
    'The services you offer and the regions you serve.',
    'A contact e-mail or GitHub login for maintainers (never published).',
  ],
  applyButton: 'Apply on GitHub',
  reviewHeading: 'Review and withdrawal',
  review:
    "Maintainers check each application in the open, in its issue, for a real Karmada offering and complete information. A partner may ask to be withdrawn at any time, and maintainers withdraw listings that are no longer accurate or no longer meet the program's terms; a withdrawn organization is removed from this page.",
  contactHeading: 'Questions',
  contact:
    'Ask the Karmada maintainers in the issue, on the #karmada channel of the CNCF Slack, or on the karmada-io/community repository.',
  textMarkLabel: (name: string) => `${name} (no logo)`,
  footer: 'Karmada is a Cloud Native Computing Foundation project.',
  dataLink: 'This directory as JSON',
  notFound: 'Not found',
};

type Strings = typeof en;

const zh: Strings = {
  htmlLang: 'zh-CN',
  siteName: 'Karmada',
  pageTitle: 'Karmada 合作伙伴',
  pageDescription: '提供 Karmada 技术支持、咨询、培训与服务的机构，以及 Karmada 用户组的成员。',
  intro:
    'Karmada 社区合作伙伴围绕 Karmada 提供技术支持、咨询、培训和服务。用户组汇集了在生产环境中使用 Karmada 的机构。',
  skipToContent: '跳到正文',
  languageName: '中文',
  switchLanguage: 'English',
  switchLanguageLabel: '阅读英文版',
  programsLabel: '计划',
  programs: {
    'community-partner': '社区合作伙伴',
    adopter: '用户组',
  },
  programIntro: {
    'community-partner': '提供 Karmada 技术支持、咨询、培训和服务的厂商。',
    adopter: '使用 Karmada 并与社区分享经验的机构。',
  },
  services: {
    support: '技术支持',
    consulting: '咨询',
    training: '培训',
    'cloud-service': '云服务',
    distribution: '发行版',
    other: '其他服务',
  },
  regions: {
    global: '全球',
    americas: '美洲',
    europe: '欧洲',
    'middle-east-africa': '中东和非洲',
    'asia-pacific': '亚太',
    china: '中国',
  },
  filtersLabel: '筛选社区合作伙伴',
  searchLabel: '按名称搜索',
  searchPlaceholder: '例如 DaoCloud',
  serviceFilter: '服务',
  regionFilter: '地区',
  anyService: '全部服务',
  anyRegion: '全部地区',
  clearFilters: '清除筛选',
  resultCount: (shown: number, total: number) =>
    shown === total ? `共 ${total} 个合作伙伴` : `显示 ${shown} / ${total} 个合作伙伴`,
  noResults: '没有符合筛选条件的合作伙伴。',
  servicesHeading: '服务',
  regionsHeading: '地区',
  websiteLink: '官网',
  websiteOf: (name: string) => `${name} 官网（在新标签页中打开）`,
  opensInNewTab: '（在新标签页中打开）',
  detailsLink: '详情',
  detailsOf: (name: string) => `关于 ${name}`,
  caseStudiesHeading: '案例研究',
  memberSince: '加入时间',
  memberOf: (name: string, programs: string[]) =>
    `${name} 是 Karmada ${programs.join('和')}的成员。`,
  backToDirectory: '全部合作伙伴',
  programsOf: '所属计划',
  orderNote: '机构按名称字母顺序排列。',
  becomeHeading: '成为 Karmada 社区合作伙伴',
  becomeIntro:
    '基于 Karmada 构建产品、帮助他人采用 Karmada 的机构都可以加入社区合作伙伴计划。加入免费，评审公开进行。',
  benefitsHeading: '权益',
  benefits: [
    '贵机构将展示在本页访问者首先看到的“社区合作伙伴”标签页中。',
    '拥有专属页面，介绍贵机构的服务、覆盖地区和案例研究。',
    'Karmada 官网以中英文链接到贵机构的网站。',
  ],
  stepsHeading: '申请步骤',
  steps: [
    '在 karmada-io/community 仓库中使用 “Karmada Commercial Support Request” 表单提交申请 issue。',
    '维护者评审申请，并可能在 issue 中提问。',
    '申请通过后，会有一个 pull request 将贵机构的记录和 logo 加入本目录；合并后即上线。',
  ],
  prepareHeading: '需要准备的信息',
  prepare: [
    '机构的正式名称和官网。',
    '一段简短介绍（不超过 400 个字符），说明围绕 Karmada 提供的服务，提供英文版，如可能也请提供中文版。',
    'SVG 格式的 logo，或宽度不少于 320 像素、背景透明或白色的 PNG。',
    '提供的服务类型和覆盖的地区。',
    '供维护者联系的邮箱或 GitHub 账号（不会公开）。',
  ],
  applyButton: '在 GitHub 上申请',
  reviewHeading: '评审与退出',
  review:
    '维护者在申请 issue 中公开评审，核实是否有真实的 Karmada 相关服务、信息是否完整。合作伙伴可随时申请退出；对于信息不再准确或不再符合计划要求的机构，维护者也会将其撤下，撤下的机构不再显示在本页。',
  contactHeading: '问题咨询',
  contact:
    '可在申请 issue 中、CNCF Slack 的 #karmada 频道或 karmada-io/community 仓库中联系 Karmada 维护者。',
  textMarkLabel: (name: string) => `${name}（暂无 logo）`,
  footer: 'Karmada 是云原生计算基金会（CNCF）的项目。',
  dataLink: '本目录的 JSON 数据',
  notFound: '未找到',
};

export const STRINGS: Record<Locale, Strings> = { en, zh };

export const APPLICATION_FORM_URL =
  'https://github.com/karmada-io/community/issues/new?template=community-partner.yml';

/** Where a locale's pages live: English at the root, Chinese under /zh/. */
export function localePrefix(locale: Locale): string {
  return locale === 'en' ? '' : `/${locale}`;
}

export function directoryPath(locale: Locale): string {
  return `${localePrefix(locale)}/partners/`;
}

export function partnerPath(locale: Locale, id: string): string {
  return `${localePrefix(locale)}/partners/${id}/`;
}

/** A record's text in the visitor's language, English where that is missing. */
export function localized(
  text: { en: string; zh?: string } | undefined,
  locale: Locale,
): string | undefined {
  if (!text) return undefined;
  return (locale === 'zh' ? text.zh : undefined) ?? text.en;
}

/** `lang` for a record's text where `localized` fell back to English on a page in another language. */
export function fallbackLang(
  text: { en: string; zh?: string } | undefined,
  locale: Locale,
): string | undefined {
  return text && locale !== 'en' && text[locale] === undefined ? STRINGS.en.htmlLang : undefined;
}

/** The anchor of a program's tab, e.g. #community-partners. */
export function programAnchor(program: ProgramId): string {
  return program === 'community-partner' ? 'community-partners' : 'adopters';
}
