/** The logo limits the "What the directory needs" list states, taken from the logo pipeline. */
export type LogoLimits = Record<
  'megabytes' | 'megapixels' | 'boxWidth' | 'boxHeight' | 'sharpWidth',
  number
>;

// Every interface string, per language; `zh: Strings` makes a missing translation a type error.
// What a project says about itself (name, programs, vocabularies) comes from site.config.yaml.
const en = {
  pageTitle: (project: string) => `${project} Partners`,
  skipToContent: 'Skip to main content',
  breadcrumbLabel: 'Breadcrumb',
  // The space before the brackets is English typography; Chinese brackets take none.
  readIn: (language: string) => ` (Read this page in ${language})`,
  fieldLabel: (label: string) => `${label}: `,
  // The language menu's summary, after the current language's name.
  chooseLanguage: ' (Languages)',
  darkMode: 'Switch between dark and light mode',
  closeAnnouncement: 'Close',
  announcement: 'Announcement',
  programsLabel: 'Programs',
  filtersLabel: (program: string) => `Filter ${program.toLowerCase()}`,
  searchLabel: 'Search by name, service or keyword',
  // Examples a search answers on the real directory (tests/build/chinese-pages.test.ts checks).
  searchPlaceholder: 'e.g. DaoCloud, consulting',
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
  detailsOf: (name: string) => `About ${name}`,
  caseStudiesHeading: 'Case studies',
  usageHeading: (project: string) => `How it uses ${project}`,
  joinedOn: (program: string, date: string) => `Joined the ${program} on ${date}`,
  /** After a title shown in another language than the page's. */
  inLanguage: (language: string) => `(${language})`,
  adoptersListIntro: (count: number, project: string) =>
    `${count} organizations, alphabetically by name, each with its website, how it uses ${project} and its case studies.`,
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
    "These are this directory's own requirements for showing an organization, not terms of the program:",
  directoryNeeds: {
    name: (max: number) =>
      `The organization's official name, at most ${max} characters, and its website address; use https if the site has it (http is accepted).`,
    logo: (limits: LogoLimits) =>
      `A logo as SVG or PNG, at most ${limits.megabytes} MB and ${limits.megapixels} million pixels. The directory crops transparent and near-white borders around it (borders of another colour stay) and fits it in a ${limits.boxWidth} × ${limits.boxHeight} px box, so a PNG needs at least ${limits.sharpWidth} px of width to stay sharp on high-density screens.`,
    optionalLogo: (limits: LogoLimits) =>
      `Optionally a logo, as SVG or PNG, at most ${limits.megabytes} MB and ${limits.megapixels} million pixels.`,
    description: (max: number, languages: string[]) =>
      `A description of what the organization offers, plain text of at most ${max} characters, in ${
        languages.length > 1
          ? `${languages.slice(0, -1).join(', ')} and, if you can, ${languages.at(-1)}`
          : languages[0]
      }.`,
    services: (services: string[]) =>
      `The services it offers, chosen from: ${services.join(', ')}.`,
    regions: (regions: string[]) =>
      `Optionally, the regions it serves, chosen from: ${regions.join(', ')}.`,
    contact:
      "A contact for the maintainers: an e-mail address or GitHub ID. The directory's pages and its JSON data never show it, but it is written in the public application issue and in the organization's record in the repository, where anyone can read it.",
  },
  /** Between two sentences: a space in English, none after a Chinese full stop. */
  sentenceGap: ' ',
  dataLink: 'This directory as JSON',
  notFoundHeading: 'Page not found',
  notFoundText:
    'No organization or page of the directory has this address. It may have been mistyped, or the organization may have left the directory.',
  notFoundBack: (directory: string) => `Back to ${directory}`,
};

type Strings = typeof en;

// Chinese puts no space between two Chinese words (关于华为) but one before Latin text (关于
// DaoCloud): templates write the spaces, and this drops those between Han.
const han = (text: string) => text.replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1');
/** A language as a Chinese reader names its written form: 英语 is spoken, 英文 written. */
const written = (language: string) => language.replace(/语$/, '文');

const zh: Strings = {
  pageTitle: (project) => `${project} 合作伙伴`,
  // the host site's Docusaurus wording, as its breadcrumbs' label below.
  skipToContent: '跳到主要内容',
  breadcrumbLabel: '页面路径',
  readIn: (language) => `（阅读${written(language)}版）`,
  fieldLabel: (label) => `${label}：`,
  chooseLanguage: '（语言）',
  darkMode: '切换浅色/暗黑模式',
  closeAnnouncement: '关闭',
  announcement: '公告',
  programsLabel: '计划',
  filtersLabel: (program) => `筛选${program}`,
  searchLabel: '按名称、服务或关键词搜索',
  searchPlaceholder: '例如：道客、咨询',
  serviceFilter: '服务',
  regionFilter: '地区',
  anyService: '全部服务',
  anyRegion: '全部地区',
  clearFilters: '清除筛选',
  searchButton: '搜索',
  resultCount: (shown: number, total: number) =>
    shown === total ? `共 ${total} 个合作伙伴` : `显示 ${shown} 个，共 ${total} 个合作伙伴`,
  noResults: '没有符合筛选条件的合作伙伴。',
  servicesHeading: '服务',
  regionsHeading: '地区',
  websiteLink: '官网',
  websiteOf: (name: string) => han(`${name} 官网（在新标签页中打开）`),
  opensInNewTab: '（在新标签页中打开）',
  detailsOf: (name: string) => han(`关于 ${name}`),
  caseStudiesHeading: '案例研究',
  // Not 使用场景: the glossary keeps that word from the programs' "use cases" (使用案例), and
  // neither names how an organization uses the project; 如何使用 alone would read as a how-to.
  usageHeading: (project) => `使用 ${project} 的方式`,
  // The date as Intl writes it in Chinese (2025年7月30日), the verb straight after it.
  joinedOn: (program, date) => `${date}加入${program}`,
  inLanguage: (language) => `（${written(language)}）`,
  adoptersListIntro: (count, project) =>
    `共 ${count} 个组织，按英文名称的字母顺序排列，列出各自的官网、使用 ${project} 的方式和案例研究。`,
  memberSince: '加入时间',
  memberOf: (project, name, programs) =>
    han(`${name} 是 ${project} ${programs.join('和')}的成员。`),
  backToDirectory: '全部合作伙伴',
  programsOf: '所属计划',
  orderNote: '组织按英文名称的字母顺序排列。',
  programCount: (count, program) => `${program}：${count}`,
  programPageLink: (title) => han(`进一步了解 ${title}`),
  backToProgramTab: (tab) => `返回目录中的“${tab}”`,
  programSource: '已发布的计划原文',
  directoryNeedsHeading: '本目录需要的信息',
  directoryNeedsIntro: '以下是本目录展示组织时自己的要求，并非计划条款：',
  directoryNeeds: {
    name: (max) =>
      `组织的正式名称（不超过 ${max} 个字符）及其官网地址；网站支持 https 时请填写 https 地址，http 地址也可接受。`,
    logo: (limits) =>
      `SVG 或 PNG 格式的 logo，不超过 ${limits.megabytes} MB、${limits.megapixels * 100} 万像素。本目录会裁掉 logo 四周透明或接近白色的边缘（其他颜色的边缘会保留），并将其缩放到 ${limits.boxWidth} × ${limits.boxHeight} 像素的框内，因此 PNG 的宽度至少需要 ${limits.sharpWidth} 像素，才能在高分辨率屏幕上保持清晰。`,
    optionalLogo: (limits) =>
      `可选：SVG 或 PNG 格式的 logo，不超过 ${limits.megabytes} MB、${limits.megapixels * 100} 万像素。`,
    description: (max, languages) =>
      `一段介绍组织所提供服务的纯文本，不超过 ${max} 个字符，以${
        languages.length > 1
          ? `${languages.slice(0, -1).map(written).join('、')}撰写，如可能请同时提供${written(languages.at(-1)!)}`
          : `${written(languages[0])}撰写`
      }。`,
    services: (services) => `所提供的服务，从以下各项中选择：${services.join('、')}。`,
    regions: (regions) => `可选：服务覆盖的地区，从以下各项中选择：${regions.join('、')}。`,
    contact:
      '供维护者联系的邮箱地址或 GitHub ID。本目录的页面和 JSON 数据不会显示这一信息，但它写在公开的申请 issue 和仓库中该组织的记录里，任何人都能看到。',
  },
  sentenceGap: '',
  dataLink: '本目录的 JSON 数据',
  notFoundHeading: '页面未找到',
  notFoundText: '目录中没有这个地址的组织或页面。地址可能有误，或者该组织已不在目录中。',
  notFoundBack: (directory) => han(`返回 ${directory}`),
};

/** The languages the interface is translated into, by locale code. */
export const STRINGS: Record<string, Strings> = { en, zh };
