import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/.tmp/**', 'node_modules/**'],
    // Build and browser tests run whole builds and Chromium on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Builds share the logo cache folder layout and CPU; running files one at a time keeps timings sane.
    fileParallelism: false,
  },
});
