import path from 'node:path';

/**
 * The program pages' folder: PROGRAMS_DIR when set (fixtures, previews), else
 * `content/programs/` of the project (not of the working directory: `npm run validate -- DIR`
 * may run from anywhere, and the project has one set of program pages).
 */
export function programsDir(projectRoot = path.resolve(import.meta.dirname, '../..')): string {
  return path.resolve(projectRoot, process.env.PROGRAMS_DIR || 'content/programs');
}
