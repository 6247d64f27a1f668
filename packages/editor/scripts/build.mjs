/**
 * Bundles the element and its worker with esbuild:
 *
 * - `dist/bundle/pitch-editor.js`: the element and Lit in one ES module, for
 *   `<script type="module" src="…/pitch-editor.js">`;
 * - `dist/bundle/pitch-editor.worker.js`: the analysis worker with the engine;
 * - `dist/pitch-editor.worker.js`: the same worker beside the ES modules that
 *   `tsc` wrote, which find it at `./pitch-editor.worker.js`.
 */
import {copyFile, mkdir} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import * as esbuild from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  tsconfig: 'tsconfig.json',
  // `production` keeps Lit and micromark on their production builds.
  conditions: ['production'],
  define: {'process.env.NODE_ENV': '"production"'},
  logLevel: 'warning'
}

await mkdir(`${root}/dist/bundle`, {recursive: true})
await esbuild.build({...common, entryPoints: ['src/pitch-editor.ts'], outfile: 'dist/bundle/pitch-editor.js'})
try {
    // `worker` first: packages such as decode-named-character-reference ship a
  // `browser` build that needs `document`, which a worker does not have.
  await esbuild.build({
    ...common,
    conditions: ['worker', 'production'],
    entryPoints: ['src/analysis/worker.ts'],
    outfile: 'dist/bundle/pitch-editor.worker.js'
  })
} catch (error) {
  console.error('Could not bundle the worker: build @pitch-coach/core first (`npm run build` at the root).')
  throw error
}
await copyFile(`${root}/dist/bundle/pitch-editor.worker.js`, `${root}/dist/pitch-editor.worker.js`)
await copyFile(`${root}/dist/bundle/pitch-editor.worker.js.map`, `${root}/dist/pitch-editor.worker.js.map`)
console.log('bundled dist/bundle/pitch-editor.js and dist/bundle/pitch-editor.worker.js')
