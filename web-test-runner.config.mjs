import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { fakeEndpoint } from './test/server/fake-endpoint.mjs';
import { pageHeaders } from './test/server/page-headers.mjs';
import { CDN_HOST, secondOrigin } from './test/server/second-origin.mjs';
import { otherBuilds } from './test/server/other-builds.mjs';
import { demoServerProbePlugin } from './test/server/demo-server-probe.mjs';
import { cliRunnerPlugin } from './test/server/cli-runner.mjs';
import { jsonSchemaValidatorPlugin } from './test/server/json-schema-validator.mjs';
import { pageMetricsPlugin } from './test/server/page-metrics.mjs';
import { fontSizePlugin } from './test/server/font-size.mjs';
import { clipboardPlugin } from './test/server/clipboard.mjs';
import { docsCheckPlugin } from './test/server/docs-check.mjs';
import { summaryReporter } from './test/server/summary-reporter.mjs';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

export default {
  files: ['test/**/*.test.ts'],
  hostname: '127.0.0.1',
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 180_000,
  staticLogging: Boolean(process.env.CI),
  testFramework: { config: { timeout: 10_000 } },
  middleware: [secondOrigin(), otherBuilds(), fakeEndpoint(), pageHeaders()],
  plugins: [
    pageMetricsPlugin(),
    fontSizePlugin(),
    clipboardPlugin(),
    docsCheckPlugin(),
    demoServerProbePlugin(),
    cliRunnerPlugin(),
    jsonSchemaValidatorPlugin(),
    (await import('./test/server/manifest-check.mjs')).manifestCheckPlugin(),
    (await import('./test/server/package-install.mjs')).packageInstallPlugin(),
    (await import('./test/server/shared-deps.mjs')).sharedDepsPlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      // Each test file in a window of its own: a tab behind another would not
      // render, and IntersectionObserver and animation frames would stall.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        // A second origin on loopback: the test server as a CDN (test/server/second-origin.mjs).
        args: [...chromiumArgs, `--host-resolver-rules=MAP ${CDN_HOST} 127.0.0.1`],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter('test-results.json')],
};
