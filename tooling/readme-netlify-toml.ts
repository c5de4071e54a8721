import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const HOST_PATCH = path.resolve(import.meta.dirname, '../host/karmada-website.patch');

// Writes karmada.io's netlify.toml as host/karmada-website.patch leaves it into `dir`: the
// patch's one hunk for the file covers all of it, so its context and added lines are the file.
export async function writeReadmeNetlifyToml(dir: string): Promise<string> {
  const patch = await readFile(HOST_PATCH, 'utf8');
  const section = patch.split(/^diff --git /m).find((part) => part.startsWith('a/netlify.toml '));
  if (!section) throw new Error(`${HOST_PATCH} does not change netlify.toml`);
  const [, ...hunk] = section.slice(section.indexOf('\n@@') + 1).split('\n');
  const kept = hunk.filter((line) => /^[+ ]/.test(line)).map((line) => `${line.slice(1)}\n`);
  const file = path.join(dir, 'netlify.toml');
  await writeFile(file, kept.join(''));
  return file;
}
