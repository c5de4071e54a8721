// Writes host/karmada-website.patch, the changes to karmada-io/website, from the copies of the
// files it touches in tests/fixtures/docusaurus-site/ (karmada-io/website at KARMADA_WEBSITE_COMMIT)
// and the netlify.toml block src/deploy/ generates. A test fails when the committed patch is
// not what this writes: `node tests/support/host-patch.ts` brings it up to date.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { pagePolicy } from '../../src/deploy/content-security-policy.ts';
import { GENERATED_BY, directoryHeaderRules } from '../../src/deploy/headers-file.ts';
import { routesFor } from '../../src/site/locale-routes.ts';
import { projectConfig } from './site-config.ts';
import { DOCUSAURUS_SITE, HOST_PATCH } from './docusaurus-site.ts';

const run = promisify(execFile);

/** The directory's headers and 404 rules as netlify.toml tables, from src/deploy/ and the configuration. */
export function renderNetlifyToml(): string {
  const routes = routesFor(projectConfig);
  // Without the build's hashes: a host's netlify.toml must not change with every build.
  const headers = directoryHeaderRules(routes, projectConfig.localeCodes, pagePolicy()).map(
    (rule) =>
      `[[headers]]\n  for = ${JSON.stringify(rule.for)}\n  [headers.values]\n${Object.entries(
        rule.values,
      )
        .map(([name, value]) => `    ${name} = ${JSON.stringify(value)}\n`)
        .join('')}`,
  );
  const redirects = projectConfig.localeCodes.map(
    (locale) =>
      `[[redirects]]\n  from = ${JSON.stringify(`${routes.directoryPath(locale)}*`)}\n  to = ${JSON.stringify(routes.notFoundPath(locale))}\n  status = 404\n`,
  );
  return `# ${GENERATED_BY}\n${[...headers, ...redirects].join('\n')}`;
}

/** The karmada-io/website commit the fixture's copies come from and the patch applies to. */
export const KARMADA_WEBSITE_COMMIT = '747f80c';

const DELETED = [
  'src/pages/partners.tsx',
  'src/data/partnersData.tsx',
  'src/pages/adopters.md',
  'i18n/zh/docusaurus-plugin-content-pages/adopters.md',
];
const CHANGED = ['docusaurus.config.js', 'netlify.toml', 'adopters/README.md'];

function replaceOnce(text: string, from: string, to: string, file: string): string {
  if (text.split(from).length !== 2) throw new Error(`${file}: expected "${from}" exactly once`);
  return text.replace(from, to);
}

// A page Docusaurus does not build, linked from its navbar or footer: `to` keeps the locale
// prefix (/zh/partners/ on the Chinese site) and draws the item like its neighbours; a target
// other than _self makes Docusaurus's Link a plain <a> (a full page load, not its client-side
// router, which would show its own 404) that its broken-link check leaves alone.
const navbarItem = (label: string, to: string) =>
  `{\n          label: "${label}",\n          to: "${to}",\n          target: "_top",\n          position: "left",\n        }`;

function editConfig(text: string): string {
  const file = 'docusaurus.config.js';
  text = replaceOnce(
    text,
    `{\n          to: "adopters",\n          label: "Adopters",\n          position: "left",\n        }`,
    navbarItem('Adopters', '/adopters/'),
    file,
  );
  text = replaceOnce(
    text,
    `{\n          label: 'Partners',\n          activeBasePath: 'partners',\n          to: '/partners',\n          position: 'left',\n        }`,
    navbarItem('Partners', '/partners/'),
    file,
  );
  return replaceOnce(
    text,
    `{\n              label: "Adopters",\n              to: "adopters",\n            }`,
    `{\n              label: "Adopters",\n              to: "/adopters/",\n              target: "_top",\n            }`,
    file,
  );
}

function editNetlifyToml(text: string): string {
  const build = `NODE_OPTIONS=\\"--max_old_space_size=4096\\" yarn run build`;
  const directory = [
    `git clone --depth 1 --branch \\"$PARTNERS_REF\\" \\"\${PARTNERS_REPO:?set PARTNERS_REPO to the karmada-partners clone URL}\\" ../karmada-partners`,
    `npm --prefix ../karmada-partners ci`,
    `npm --prefix ../karmada-partners run build -- --into build`,
  ].join(' && ');
  text = replaceOnce(
    text,
    `command = "${build}"`,
    `command = "${build} && ${directory}"`,
    'netlify.toml',
  );
  text = replaceOnce(
    text,
    `NODE_VERSION = "22"\n`,
    `NODE_VERSION = "22"\n    # The karmada-partners branch or tag to publish; PARTNERS_REPO (its clone URL) is set\n    # in Netlify's environment variables.\n    PARTNERS_REF = "main"\n`,
    'netlify.toml',
  );
  return `${text}\n${renderNetlifyToml()}`;
}

const ADOPTERS_README = `# Karmada Adopters

So you and your organization are using Karmada? That's great. We would love to hear from you! 💖

## Adding yourself

The organizations that use Karmada in production, listed at https://karmada.io/adopters/, are the
members of the Karmada Adopter Group. The list is no longer kept in this repository: it is built
from the records of the Karmada partners directory, the karmada-partners repository (the one
\`PARTNERS_REPO\` names in Netlify's settings for this site), which also builds
https://karmada.io/partners/. Each organization is one YAML file there, reviewed in a pull request.

To add your organization, add its record to that repository as its CONTRIBUTING.md describes.
Once merged, it appears on https://karmada.io/adopters/ and https://karmada.io/partners/#adopters
with the next build of this site.

Thanks a lot for being part of our community - we very much appreciate it!
`;

const ROBOTS_TXT = `User-agent: *
Allow: /

Sitemap: https://karmada.io/sitemap.xml
Sitemap: https://karmada.io/zh/sitemap.xml
Sitemap: https://karmada.io/partners/sitemap-index.xml
`;

const git = (cwd: string, ...args: string[]) =>
  run('git', ['-c', 'user.name=fixture', '-c', 'user.email=fixture@example.invalid', ...args], {
    cwd,
    maxBuffer: 16 * 1024 * 1024,
  });

/** The patch, as `git diff` writes it, of the changes to karmada-io/website. */
export async function renderHostPatch(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'karmada-host-patch-'));
  try {
    for (const file of [...DELETED, ...CHANGED])
      await cp(path.join(DOCUSAURUS_SITE, file), path.join(dir, file));
    await git(dir, 'init', '-q');
    await git(dir, 'add', '-A');
    await git(dir, 'commit', '-q', '-m', 'karmada-io/website');
    for (const file of DELETED) await rm(path.join(dir, file));
    const edit = async (file: string, change: (text: string) => string) =>
      writeFile(path.join(dir, file), change(await readFile(path.join(dir, file), 'utf8')));
    await edit('docusaurus.config.js', editConfig);
    await edit('netlify.toml', editNetlifyToml);
    await writeFile(path.join(dir, 'adopters/README.md'), ADOPTERS_README);
    await mkdir(path.join(dir, 'static'));
    await writeFile(path.join(dir, 'static/robots.txt'), ROBOTS_TXT);
    await git(dir, 'add', '-A');
    const { stdout } = await git(dir, 'diff', '--cached', '--no-color', '--no-renames');
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  await mkdir(path.dirname(HOST_PATCH), { recursive: true });
  await writeFile(HOST_PATCH, await renderHostPatch());
  console.log(`wrote ${path.relative(process.cwd(), HOST_PATCH)}`);
}
