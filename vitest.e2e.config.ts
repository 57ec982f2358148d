import { defineConfig } from 'vitest/config'

// Real browsers, run on the built extension (npm run build first).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false, // 2 cores: one browser at a time
  },
})
