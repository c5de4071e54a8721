/** The logo limits the "What the directory needs" list states, taken from the logo pipeline. */
export interface LogoLimits {
  megabytes: number;
  megapixels: number;
  boxWidth: number;
  boxHeight: number;
  sharpWidth: number;
}

/**
 * Every interface string, in every language the site's code is translated into; `satisfies`
 * makes a missing translation a type error. What a project says about itself (its name,
 * description, programs, vocabularies) comes from site.config.yaml instead.
 */
const en = {
  pageTitle: (project: string) => `${project} Partners`,
  skipToContent: 'Skip to content',
  readIn: (language: string) => `Read this page in ${language}`,
  programsLabel: 'Programs',
  filtersLabel: (program: string) => `Filter ${program.toLowerCase()}`,
  searchLabel: 'Search by name, service or keyword',
  searchPlaceholder: 'e.g. DaoCloud, training',
  serviceFilter: 'Service',
  regionFilter: 'Region',
  anyService: 'Any service',
  anyRegion: 'Any region',
  clearFilters: 'Clear filters',
  searchButton: 'Search',
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
  usageHeading: (project: string) => `How it uses ${project}`,
  joinedOn: (program: string, date: string) => `Joined the ${program} on ${date}`,
  /** After a title shown in another language than the page's. */
  inLanguage: (language: string) => `(${language})`,
  adoptersListIntro: (count: number) =>
    `${count} organizations, alphabetically by name, each with its website, what it uses it for and its case studies.`,
  memberSince: 'Member since',
  memberOf: (project: string, name: string, programs: string[]) =>
    `${name} is in the ${project} ${programs.join(' and the ')}.`,
  backToDirectory: 'All partners',
  programsOf: 'Programs',
  orderNote: 'Organizations are listed alphabetically by name.',
  programCount: (count: number, program: string) => `${program}: ${count}`,
  programPageLink: (title: string) => `More about the ${title}`,
  backToProgramTab: (tab: string) => `${tab} in the directory`,
  programSource: 'The published program document',
  directoryNeedsHeading: 'What the directory needs',
  directoryNeedsIntro:
    "These are this directory's own requirements for showing an organization, not terms of the program. Maintainers ask for them when they add the listing:",
  directoryNeeds: {
    name: (max: number) =>
      `The organization's official name (at most ${max} characters) and its website, as an https address.`,
    logo: (limits: LogoLimits) =>
      `A logo as SVG (preferred) or PNG, at most ${limits.megabytes} MB and ${limits.megapixels} million pixels. The directory trims its margins and fits it in a ${limits.boxWidth} × ${limits.boxHeight} px box, so a PNG needs at least ${limits.sharpWidth} px of width to stay sharp on high-density screens.`,
    optionalLogo: (limits: LogoLimits) =>
      `Optionally a logo, as SVG (preferred) or PNG, at most ${limits.megabytes} MB and ${limits.megapixels} million pixels.`,
    description: (max: number, languages: string[]) =>
      `A description of what the organization offers, plain text of at most ${max} characters, in ${
        languages.length > 1
          ? `${languages.slice(0, -1).join(', ')} and, if you can, ${languages.at(-1)}`
          : languages[0]
      }.`,
    services: (services: string[]) => `The services it offers, among: ${services.join(', ')}.`,
    regions: (regions: string[]) =>
      `Optionally, the regions it serves, among: ${regions.join(', ')}.`,
    contact:
      'A contact e-mail address or GitHub login for the maintainers; the directory never publishes it.',
  },
  textMarkLabel: (name: string) => `${name} (no logo)`,
  dataLink: 'This directory as JSON',
  notFound: 'Not found',
  notFoundHeading: 'Page not found',
  notFoundText:
    'No organization or page of the directory has this address. It may have been mistyped, or the organization may have left the directory.',
  notFoundBack: (directory: string) => `Back to ${directory}`,
};

type Strings = typeof en;

const zh: Strings = {
  pageTitle: (project) => `${project} 合作伙伴`,
  skipToContent: '跳到正文',
  // "英文" is how a Chinese reader names the English version of a page.
  readIn: (language) => `阅读${language === '英语' ? '英文' : language}版`,
  programsLabel: '计划',
  filtersLabel: (program) => `筛选${program}`,
  searchLabel: '按名称、服务或关键词搜索',
  searchPlaceholder: '例如 DaoCloud、培训',
  serviceFilter: '服务',
  regionFilter: '地区',
  anyService: '全部服务',
  anyRegion: '全部地区',
  clearFilters: '清除筛选',
  searchButton: '搜索',
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
  usageHeading: () => '使用场景',
  joinedOn: (program, date) => `于 ${date} 加入${program}`,
  inLanguage: (language) => `（${language === '英语' ? '英文' : language}）`,
  adoptersListIntro: (count) =>
    `共 ${count} 个机构，按英文名称的字母顺序排列，列出各自的官网、使用场景和案例研究。`,
  memberSince: '加入时间',
  memberOf: (project, name, programs) => `${name} 是 ${project} ${programs.join('和')}的成员。`,
  backToDirectory: '全部合作伙伴',
  programsOf: '所属计划',
  orderNote: '机构按英文名称的字母顺序排列。',
  programCount: (count, program) => `${program}：${count}`,
  programPageLink: (title) => `进一步了解 ${title}`,
  backToProgramTab: (tab) => `返回目录中的“${tab}”`,
  programSource: '已发布的计划原文',
  directoryNeedsHeading: '本目录需要的信息',
  directoryNeedsIntro:
    '以下是本目录展示一个机构时自身的要求，不属于计划的条款。维护者在添加条目时会索取这些信息：',
  directoryNeeds: {
    name: (max) => `机构的正式名称（不超过 ${max} 个字符）及其官网的 https 地址。`,
    logo: (limits) =>
      `SVG（推荐）或 PNG 格式的 logo，不超过 ${limits.megabytes} MB、${limits.megapixels} 百万像素。本目录会裁掉其四周留白，并将其缩放到 ${limits.boxWidth} × ${limits.boxHeight} 像素的框内，因此 PNG 的宽度至少需要 ${limits.sharpWidth} 像素，才能在高分辨率屏幕上保持清晰。`,
    optionalLogo: (limits) =>
      `可选：SVG（推荐）或 PNG 格式的 logo，不超过 ${limits.megabytes} MB、${limits.megapixels} 百万像素。`,
    description: (max, languages) =>
      `一段介绍机构所提供服务的纯文本，不超过 ${max} 个字符，使用${
        languages.length > 1
          ? `${languages.slice(0, -1).join('、')}，如可能也请提供${languages.at(-1)}`
          : languages[0]
      }。`,
    services: (services) => `所提供的服务，从以下各项中选择：${services.join('、')}。`,
    regions: (regions) => `可选：服务覆盖的地区，从以下各项中选择：${regions.join('、')}。`,
    contact: '供维护者联系的邮箱地址或 GitHub 账号；本目录从不公开。',
  },
  textMarkLabel: (name: string) => `${name}（暂无 logo）`,
  dataLink: '本目录的 JSON 数据',
  notFound: '未找到',
  notFoundHeading: '页面未找到',
  notFoundText: '目录中没有这个地址的机构或页面。地址可能有误，或者该机构已不在目录中。',
  notFoundBack: (directory) => `返回 ${directory}`,
};

/** The languages the interface is translated into, by locale code. */
export const STRINGS: Record<string, Strings> = { en, zh };
export type { Strings };
