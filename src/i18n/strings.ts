/** What the text about applying names: the project, where to apply, where to ask. */
export interface ApplyWords {
  project: string;
  repository: string;
  form: string;
  chat?: { workspace: string; channel: string };
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
  memberOf: (project: string, name: string, programs: string[]) =>
    `${name} is in the ${project} ${programs.join(' and the ')}.`,
  backToDirectory: 'All partners',
  programsOf: 'Programs',
  orderNote: 'Organizations are listed alphabetically by name.',
  programCount: (count: number, program: string) => `${program}: ${count}`,
  becomeHeading: ({ project }: ApplyWords) => `Become a ${project} community partner`,
  becomeIntro: ({ project }: ApplyWords) =>
    `Organizations that build on ${project} and help others adopt it can join the community partner program. Listing is free and reviewed in the open.`,
  benefitsHeading: 'Benefits',
  benefits: ({ project }: ApplyWords) => [
    'Your organization on this page, on the Community Partners tab that visitors see first.',
    'A page of your own with your offering, the regions you serve and your case studies.',
    `A link from the official ${project} website to yours, in English and Chinese.`,
  ],
  stepsHeading: 'How to apply',
  steps: ({ repository, form }: ApplyWords) => [
    `Open an application issue in ${repository} with the "${form}" form.`,
    'Maintainers review it and may ask questions in the issue.',
    'Once approved, a pull request adds your record and logo to this directory; your listing goes live when it is merged.',
  ],
  prepareHeading: 'What to prepare',
  prepare: ({ project }: ApplyWords) => [
    "Your organization's official name and website.",
    `A short description (up to 400 characters) of what you offer around ${project}, in English and, if you can, in Chinese.`,
    'Your logo as SVG, or as a PNG at least 320 px wide, with a transparent or white background.',
    'The services you offer and the regions you serve.',
    'A contact e-mail or GitHub login for maintainers (never published).',
  ],
  applyButton: 'Apply on GitHub',
  reviewHeading: 'Review and withdrawal',
  review: ({ project }: ApplyWords) =>
    `Maintainers check each application in the open, in its issue, for a real ${project} offering and complete information. A partner may ask to be withdrawn at any time, and maintainers withdraw listings that are no longer accurate or no longer meet the program's terms; a withdrawn organization is removed from this page.`,
  contactHeading: 'Questions',
  contact: ({ project, chat, repository }: ApplyWords) =>
    `Ask the ${project} maintainers in the issue, ${chat ? `on the ${chat.channel} channel of the ${chat.workspace}, ` : ''}or on the ${repository} repository.`,
  textMarkLabel: (name: string) => `${name} (no logo)`,
  dataLink: 'This directory as JSON',
  notFound: 'Not found',
};

type Strings = typeof en;

const zh: Strings = {
  pageTitle: (project) => `${project} 合作伙伴`,
  skipToContent: '跳到正文',
  // "英文" is how a Chinese reader names the English version of a page.
  readIn: (language) => `阅读${language === '英语' ? '英文' : language}版`,
  programsLabel: '计划',
  filtersLabel: (program) => `筛选${program}`,
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
  memberOf: (project, name, programs) => `${name} 是 ${project} ${programs.join('和')}的成员。`,
  backToDirectory: '全部合作伙伴',
  programsOf: '所属计划',
  orderNote: '机构按名称字母顺序排列。',
  programCount: (count, program) => `${program}：${count}`,
  becomeHeading: ({ project }) => `成为 ${project} 社区合作伙伴`,
  becomeIntro: ({ project }) =>
    `基于 ${project} 构建产品、帮助他人采用 ${project} 的机构都可以加入社区合作伙伴计划。加入免费，评审公开进行。`,
  benefitsHeading: '权益',
  benefits: ({ project }) => [
    '贵机构将展示在本页访问者首先看到的“社区合作伙伴”标签页中。',
    '拥有专属页面，介绍贵机构的服务、覆盖地区和案例研究。',
    `${project} 官网以中英文链接到贵机构的网站。`,
  ],
  stepsHeading: '申请步骤',
  steps: ({ repository, form }) => [
    `在 ${repository} 仓库中使用 “${form}” 表单提交申请 issue。`,
    '维护者评审申请，并可能在 issue 中提问。',
    '申请通过后，会有一个 pull request 将贵机构的记录和 logo 加入本目录；合并后即上线。',
  ],
  prepareHeading: '需要准备的信息',
  prepare: ({ project }) => [
    '机构的正式名称和官网。',
    `一段简短介绍（不超过 400 个字符），说明围绕 ${project} 提供的服务，提供英文版，如可能也请提供中文版。`,
    'SVG 格式的 logo，或宽度不少于 320 像素、背景透明或白色的 PNG。',
    '提供的服务类型和覆盖的地区。',
    '供维护者联系的邮箱或 GitHub 账号（不会公开）。',
  ],
  applyButton: '在 GitHub 上申请',
  reviewHeading: '评审与退出',
  review: ({ project }) =>
    `维护者在申请 issue 中公开评审，核实是否有真实的 ${project} 相关服务、信息是否完整。合作伙伴可随时申请退出；对于信息不再准确或不再符合计划要求的机构，维护者也会将其撤下，撤下的机构不再显示在本页。`,
  contactHeading: '问题咨询',
  contact: ({ project, chat, repository }) =>
    `可在申请 issue 中、${chat ? `${chat.workspace} 的 ${chat.channel} 频道或 ` : ''}${repository} 仓库中联系 ${project} 维护者。`,
  textMarkLabel: (name: string) => `${name}（暂无 logo）`,
  dataLink: '本目录的 JSON 数据',
  notFound: '未找到',
};

/** The languages the interface is translated into, by locale code. */
export const STRINGS: Record<string, Strings> = { en, zh };
export type { Strings };
