import { defineConfig } from 'vitest/config';

// Three projects, run one after the other (sequence.groupOrder): `npx vitest run --project unit`
// runs the fast in-process tests alone, in parallel files.
const slow = {
  // Build and browser tests run whole builds and Chromium on a 2-core machine.
  testTimeout: 120_000,
  hookTimeout: 180_000,
  // Builds share the logo cache folder layout and the CPU: one file at a time keeps timings sane.
  fileParallelism: false,
};

export default defineConfig({
  test: {
    exclude: ['tests/.tmp/**', 'node_modules/**'],
    projects: [
      {
        extends: true,
        // In process and quick, but on a shared 2-core machine sharp can take seconds.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          ...slow,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          sequence: { groupOrder: 2 },
          ...slow,
        },
      },
    ],
  },
});
