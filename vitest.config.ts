import { defineConfig } from 'vitest/config';

// The JSON report is what .ci/run reads to print its `N passed, N failed` line.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: '.vitest/results.json' }]],
    // One module graph per worker instead of one per test file: files share the loaded modules (Bolt, the
    // search, the seed fixtures) instead of importing them again. No test mocks modules, stubs globals or changes
    // process.env, which is what isolation protects. Measured on this 2-core machine at load average 18-20, all
    // 680 tests: 468 s and 570 s wall isolated (import 157-188 s), 284 s with isolate: false (import 58 s).
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
