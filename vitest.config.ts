import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{bot,retrieval,corpus,evals}/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
