import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The netlify.toml block the README tells karmada.io maintainers to paste, as it is written there. */
export async function readmeNetlifyToml(): Promise<string> {
  const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8');
  const match = readme.match(
    /<!-- netlify-toml:start -->\n```toml\n([\s\S]*?)```\n<!-- netlify-toml:end -->/,
  );
  if (!match) throw new Error('README.md has no <!-- netlify-toml:start --> block');
  return match[1];
}

/** Writes the README's block as the netlify.toml of a site folder and returns its path. */
export async function writeReadmeNetlifyToml(dir: string): Promise<string> {
  const file = path.join(dir, 'netlify.toml');
  await writeFile(file, await readmeNetlifyToml());
  return file;
}
