import path from 'node:path';

/** PROGRAMS_DIR when set (fixtures, previews), else the project's (not the working directory's). */
export function programsDir(projectRoot = path.resolve(import.meta.dirname, '../..')): string {
  return path.resolve(projectRoot, process.env.PROGRAMS_DIR || 'content/programs');
}
