// Local HTTPS stand-in for the real hosts (web.whatsapp.com, Meta's dashboards, provider consoles),
// with a throwaway certificate made at test time. Nothing leaves the machine.
import https from 'node:https'
import net from 'node:net'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve, normalize } from 'node:path'

export const HOSTS = [
  'web.whatsapp.com',
  'business.facebook.com',
  'developers.facebook.com',
  'console.twilio.com',
  'hub.360dialog.com',
  'app.wati.io',
  'example.org',
]

const FIXTURES = resolve('tests/fixtures')

function makeCert(hosts) {
  const dir = mkdtempSync(join(tmpdir(), 'mlens-cert-'))
  const key = join(dir, 'key.pem')
  const cert = join(dir, 'cert.pem')
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2',
    '-keyout', key, '-out', cert, '-subj', `/CN=${hosts[0]}`,
    '-addext', `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
  ], { stdio: 'ignore' })
  const out = { key: readFileSync(key), cert: readFileSync(cert) }
  rmSync(dir, { recursive: true, force: true })
  return out
}

/** Business fixtures are listed with the host and path they imitate. */
function businessRoutes() {
  const file = join(FIXTURES, 'business/index.json')
  if (!existsSync(file)) return []
  return JSON.parse(readFileSync(file, 'utf8'))
}

/**
 * Routes:
 *  https://web.whatsapp.com/<name>.html   → tests/fixtures/whatsapp/<name>.html
 *  https://<business host><path>          → the business fixture listed for that host and path
 *  https://<any host>/fixture/<dir>/<file> → that fixture, under any host (for "must not run here")
 */
function route(host, url) {
  const path = decodeURIComponent(url.split('?')[0])
  const generic = /^\/fixture\/(whatsapp|business|health)\/([\w.-]+\.html)$/.exec(path)
  if (generic) return join(FIXTURES, generic[1], generic[2])
  if (host === 'web.whatsapp.com') {
    const name = path === '/' ? 'index.html' : path.slice(1)
    if (/^[\w.-]+\.html$/.test(name)) return join(FIXTURES, 'whatsapp', name)
    return null
  }
  const match = businessRoutes().find((r) => r.host === host && r.path === path)
  return match ? join(FIXTURES, 'business', match.file) : null
}

/**
 * @param {{ dynamic?: (host: string, url: string) => ({ body: string, type: string } | null) }} [options]
 *   dynamic: generated pages (the benchmark's long chat), tried before the fixture files.
 */
export async function startServer(options = {}) {
  const tls = makeCert(HOSTS)
  const requests = []
  const server = https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const host = (req.headers.host || '').split(':')[0]
    requests.push(`${req.method} ${host} ${req.url}`)
    const generated = options.dynamic?.(host, req.url || '/')
    if (generated) {
      res.writeHead(200, { 'content-type': generated.type, 'cache-control': 'no-store' })
      return res.end(generated.body)
    }
    const file = route(host, req.url || '/')
    if (!file || !normalize(file).startsWith(FIXTURES) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' })
      return res.end('not found')
    }
    const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }
    // ?csp=strict: a content security policy that allows no inline styles or scripts at all, to prove
    // the overlay does not depend on what the page allows.
    if (/[?&]csp=strict\b/.test(req.url || '')) {
      headers['content-security-policy'] = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:"
    }
    res.writeHead(200, headers)
    // ?dir=rtl: the same page laid out right to left, as WhatsApp is in Arabic or Hebrew.
    if (/[?&]dir=rtl\b/.test(req.url || '')) return res.end(readFileSync(file, 'utf8').replace(/<html\b/i, '<html dir="rtl"'))
    res.end(readFileSync(file))
  })
  await new Promise((r) => server.listen(0, '127.0.0.1', r))
  return {
    port: server.address().port,
    requests,
    close: () => new Promise((r) => { server.close(() => r()); server.closeAllConnections?.() }),
  }
}

/** A CONNECT proxy that tunnels only our hosts' port 443 to the local server (Firefox has no host-resolver rules). */
export async function startConnectProxy(targetPort, hosts = HOSTS) {
  const refused = []
  const sockets = new Set()
  const proxy = net.createServer((client) => {
    sockets.add(client)
    client.on('close', () => sockets.delete(client))
    client.on('error', () => {})
    client.once('data', (buf) => {
      const m = /^CONNECT ([^\s:]+):(\d+) HTTP/.exec(buf.toString('latin1'))
      if (!m || !hosts.includes(m[1]) || m[2] !== '443') {
        refused.push(m ? m[1] : 'non-CONNECT')
        client.end('HTTP/1.1 403 Forbidden\r\n\r\n')
        return
      }
      const upstream = net.connect(targetPort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.pipe(client)
        client.pipe(upstream)
      })
      upstream.on('error', () => client.destroy())
      client.on('close', () => upstream.destroy())
    })
  })
  await new Promise((r) => proxy.listen(0, '127.0.0.1', r))
  return {
    port: proxy.address().port,
    refused,
    // Tunnels a browser left open would keep close() waiting forever: end them.
    close: () =>
      new Promise((r) => {
        proxy.close(() => r())
        for (const socket of sockets) socket.destroy()
      }),
  }
}
