// Browser tests of <pitch-editor> in Debian's headless Chromium.
// Needs: `npm run build` first (the tests load the bundled worker from dist/).
import {fileURLToPath} from 'node:url'
import {esbuildPlugin} from '@web/dev-server-esbuild'
import {chromeLauncher} from '@web/test-runner-chrome'

export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['production']},
  plugins: [
    // Without the project's tsconfig, esbuild would not apply useDefineForClassFields: false.
    esbuildPlugin({ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))})
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run'
        ]
      }
    })
  ],
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: {config: {timeout: 20000}}
}
