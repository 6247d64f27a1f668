/**
 * A small static server for the demo, the examples, the CSP check and the
 * benchmark. It serves only the examples and the editor's built files, sends
 * `Content-Security-Policy: default-src 'self'` with every response (so the
 * demo proves the editor works under it), and answers the example form's
 * POST by echoing the fields it received, as plain text.
 */
import {createServer} from 'node:http'
import {readFile, stat} from 'node:fs/promises'
import {extname, join, normalize, sep} from 'node:path'
import {fileURLToPath} from 'node:url'

export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url))

/** URL prefixes that may be served, each a folder of the repository. */
const allowed = ['/examples/', '/packages/editor/dist/', '/packages/editor/bench/']

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml'
}

const securityHeaders = {
  'content-security-policy': "default-src 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store'
}

/**
 * Starts the server. Resolves with it and its base URL once listening.
 *
 * @param {{port?: number, host?: string, home?: string, quiet?: boolean}} [options]
 */
export function startServer({port = 8000, host = 'localhost', home = '/examples/embed/', quiet = true} = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const log = (status) => {
      if (!quiet) console.log(`${status} ${request.method} ${url.pathname}`)
    }
    try {
      if (url.pathname === '/') {
        response.writeHead(302, {...securityHeaders, location: home})
        response.end()
        return log(302)
      }
      if (request.method === 'POST' && url.pathname === '/examples/form/submit') {
        const body = await readBody(request)
        const fields = new URLSearchParams(body)
        const lines = [...fields].map(([name, value]) => `${name} (${value.length} characters):\n${value}\n`)
        response.writeHead(200, {...securityHeaders, 'content-type': 'text/plain; charset=utf-8'})
        response.end(`The form posted ${[...fields].length} field(s).\n\n${lines.join('\n')}`)
        return log(200)
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, {...securityHeaders, allow: 'GET, HEAD'})
        response.end()
        return log(405)
      }
      let path = decodeURIComponent(url.pathname)
      if (!allowed.some((prefix) => path.startsWith(prefix)) || path.includes('\0')) return notFound(response, log)
      if (path.endsWith('/')) path += 'index.html'
      const file = normalize(join(repositoryRoot, path))
      if (!file.startsWith(repositoryRoot) || file.split(sep).includes('..')) return notFound(response, log)
      const info = await stat(file).catch(() => undefined)
      if (!info?.isFile()) return notFound(response, log)
      const body = await readFile(file)
      response.writeHead(200, {
        ...securityHeaders,
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'content-length': body.length
      })
      response.end(request.method === 'HEAD' ? undefined : body)
      log(200)
    } catch (error) {
      response.writeHead(500, {...securityHeaders, 'content-type': 'text/plain; charset=utf-8'})
      response.end('Internal error\n')
      console.error(error)
    }
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const address = server.address()
      const shown = host === '127.0.0.1' || host === '::1' || host === 'localhost' ? 'localhost' : host
      resolve({server, url: `http://${shown}:${address.port}`})
    })
  })
}

function notFound(response, log) {
  response.writeHead(404, {...securityHeaders, 'content-type': 'text/plain; charset=utf-8'})
  response.end('Not found\n')
  log(404)
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    let size = 0
    const chunks = []
    request.on('data', (chunk) => {
      size += chunk.length
      if (size > 2_000_000) {
        reject(new Error('body too large'))
        request.destroy()
      } else chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}
