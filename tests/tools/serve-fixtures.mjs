// npm run serve-fixtures: serves the fixture pages under their real host names (web.whatsapp.com,
// business.facebook.com, …) on this machine, and prints how to start a browser that uses them.
// The certificate is a throwaway one made now; the proxy for Firefox refuses every other host,
// so a browser started this way reaches nothing but these pages.
import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { HOSTS, startServer, startConnectProxy } from '../e2e/harness/server.mjs'

const server = await startServer()
const proxy = await startConnectProxy(server.port)
const rules = HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`).join(', ')

const whatsapp = readdirSync(resolve('tests/fixtures/whatsapp'))
  .filter((f) => f.endsWith('.html'))
  .map((f) => `https://web.whatsapp.com/${f}`)
const business = JSON.parse(readFileSync(resolve('tests/fixtures/business/index.json'), 'utf8')).map(
  (r) => `https://${r.host}${r.path}`,
)

console.log(`Fixture pages served on 127.0.0.1:${server.port} (HTTPS, self-signed) under their real host names.

Chromium with the extension (a fresh profile, so your own stays untouched; branded Chrome ignores
--load-extension: load dist/chrome by hand in chrome://extensions instead):

  chromium --user-data-dir="$(mktemp -d)" --ignore-certificate-errors \\
    --host-resolver-rules="${rules}" \\
    --load-extension="${resolve('dist/chrome')}" \\
    https://web.whatsapp.com/g2024-en-one-to-one.html

Firefox (through a proxy that only knows these hosts; accept the certificate warning once per host):

  npx web-ext run --source-dir dist/firefox --firefox="$(command -v firefox-esr || command -v firefox)" \\
    --pref network.proxy.type=1 --pref network.proxy.ssl=127.0.0.1 --pref network.proxy.ssl_port=${proxy.port} \\
    --pref network.proxy.no_proxies_on= --pref network.trr.mode=5 \\
    --start-url https://web.whatsapp.com/g2024-en-one-to-one.html

Run npm run build (or npm run dev) first; reload the extension after each build.

WhatsApp Web pages:
${whatsapp.map((u) => `  ${u}`).join('\n')}
Dashboards and consoles:
${business.map((u) => `  ${u}`).join('\n')}

Ctrl+C stops the server.`)

const stop = async () => {
  await proxy.close()
  await server.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
