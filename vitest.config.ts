import { defineConfig } from 'vitest/config';

// One project per folder of tests/, run one after the other (groupOrder):
// `npx vitest run --project unit` runs the in-process tests alone, several files at once.
const project = (name: string, groupOrder: number, test: object) => ({
  extends: true,
  test: { name, include: [`tests/${name}/**/*.test.ts`], sequence: { groupOrder }, ...test },
});
// Build and browser tests run whole builds and Chromium on a 2-core machine, and builds share
// the logo cache folder layout and the CPU: one file at a time keeps timings sane.
const slow = { testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false };

export default defineConfig({
  test: {
    exclude: ['tests/.tmp/**', 'node_modules/**'],
    projects: [
      // In process and quick, but on a shared 2-core machine sharp can take seconds.
      project('unit', 0, { testTimeout: 30_000 }),
      project('build', 1, slow),
      project('browser', 2, slow),
    ],
  },
});
