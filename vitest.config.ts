import { defineConfig } from 'vitest/config'
import preact from '@preact/preset-vite'

// Unit and component tests (happy-dom). End-to-end tests have their own config.
export default defineConfig({
  plugins: [preact()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup/spec-scoped-queries.ts'],
  },
})
