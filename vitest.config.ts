import { defineConfig } from 'vitest/config'
import preact from '@preact/preset-vite'

// Unit and component tests (happy-dom). End-to-end tests have their own config.
export default defineConfig({
  plugins: [preact()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup/spec-scoped-queries.ts', 'tests/setup/view-detectors-loaded.ts'],
    // The overlay's stylesheet is imported as text (?inline): tests read the real rules.
    css: { include: [/src\/overlay\/overlay\.css/] },
    // Some suites build large pages (perturbed fixtures, 1,000-row chats): on a busy 2-core machine
    // they outgrow the 5 s default. Tests assert behaviour, never time.
    testTimeout: 30_000,
  },
})
