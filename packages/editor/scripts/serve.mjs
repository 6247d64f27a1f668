/**
 * `npm start`: serves the demo (examples/embed, holding an example pitch) at
 * http://localhost:8000, or on `PORT`. `HOST` changes the interface
 * (default `localhost`). Run `npm run build` first (the root `npm start` does).
 */
import {access} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {startServer} from './server.mjs'

const bundle = fileURLToPath(new URL('../dist/bundle/pitch-editor.js', import.meta.url))
try {
  await access(bundle)
} catch {
  console.error('The editor is not built yet: run `npm run build` at the repository root first.')
  process.exit(1)
}

const port = Number(process.env.PORT ?? 8000)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535, not ${JSON.stringify(process.env.PORT)}`)
  process.exit(2)
}
const host = process.env.HOST ?? 'localhost'
const {url} = await startServer({port, host, quiet: false})
console.log(`pitch-coach demo: ${url}/  (examples: ${url}/examples/embed/  ${url}/examples/form/  ${url}/examples/csp/)`)
console.log('Press Ctrl+C to stop.')
