import path from 'node:path';

/** The partners folder: PARTNERS_DIR when set (fixtures, previews), else `partners/` of the project. */
export function partnersDir(projectRoot = process.cwd()): string {
  return path.resolve(projectRoot, process.env.PARTNERS_DIR || 'partners');
}
