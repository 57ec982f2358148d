// The page side of the mutation fuzz suite. Each function runs inside the page (passed to
// page.evaluate), so each is self-contained: no imports, no outside names.

/**
 * Applies `ops` seeded random mutations to document.body, in small bursts with a yield between
 * them (a frame or a task), so the extension sees batches as it would on a live page. Returns the
 * number of operations of each kind. Never touches the app shell (#app, #side, #pane-side, #main
 * and their ancestors): a fresh load must still find the app it can annotate. Ticks stay in the
 * page's own generation ('icon': named by data-icon, 2021–25; 'testid': design-system names, 2026):
 * the detectors rely on a page never mixing them (see receipts.ts).
 */
export async function fuzzPage({ seed, ops, generation }) {
  let state = seed >>> 0
  const random = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = (list) => list[Math.floor(random() * list.length)]
  const SHELL = ['app', 'side', 'pane-side', 'main']
  const shell = () => {
    const set = new Set([document.body, document.documentElement])
    for (const id of SHELL) for (let el = document.getElementById(id); el; el = el.parentElement) set.add(el)
    return set
  }
  // The element list is taken afresh every few operations (taking it per operation would make the
  // run quadratic in the page size); an element removed meanwhile is still a fine target.
  let cached = null
  let age = 0
  const elements = () => {
    if (!cached || age++ > 8) {
      cached = Array.from(document.body.querySelectorAll('*'))
      age = 0
    }
    return cached
  }
  const tryPick = (test) => {
    for (let i = 0; i < 30; i++) {
      const el = pick(elements())
      if (el && test(el)) return el
    }
    return null
  }
  const anyElement = () => pick(elements()) ?? document.body
  // Icon names and labels go on small elements, as WhatsApp's icons and labels are: the scanner never
  // judges a container of more than 1,500 elements itself (see SPLIT_ABOVE in src/content/scanner.ts).
  const small = (el) => el.getElementsByTagName('*').length <= 50
  const smallElement = () => tryPick(small)
  const movable = () => {
    const fixed = shell()
    return tryPick((el) => !fixed.has(el) && el.isConnected)
  }
  const list = () => document.querySelector('#main [role="application"]') ?? document.getElementById('main') ?? document.body
  const byIcon = generation !== 'testid'
  const TICKS = byIcon
    ? ['msg-check', 'msg-dblcheck', 'msg-time', 'msg-dblcheck-ack', 'status-dblcheck', 'tail-out', 'default-user', 'junk-icon']
    : ['wds-ic-read', 'wds-ic-delivered', 'wds-ic-status-pending', 'tail-out', 'default-user', 'junk-icon']
  const NOT_TICKS = ['tail-out', 'default-user', 'junk-icon']
  const LABELS = [' Read ', ' Delivered ', ' Sent ', ' Pending ', ' Leído ', 'online', 'Profile photo', 'something else', '']
  const TEXTS = ['online', 'typing…', 'last seen today at 10:00', 'Messages are end-to-end encrypted', 'hello', '']
  const CLASSES = ['message-out', 'message-in', 'x1rv0e52', 'selectable-text', 'copyable-text', 'dark', 'focused', 'x1n2onr6', 'junk']
  const CATEGORIES = ['read-receipt', 'last-seen', 'profile-photo', 'bogus', '']
  const ALL_ROWS = [
    (n) => `<div role="row"><div tabindex="-1" data-id="true_1555000${n}@c.us_F${n}"><div class="message-out"><div class="copyable-text" data-pre-plain-text="[10:00] Me: "><span class="selectable-text copyable-text" dir="ltr"><span>x</span></span></div><div><span>10:00</span><span data-icon="${pick(TICKS)}" aria-label="${pick(LABELS)}"><svg viewBox="0 0 16 11"><title>msg-check</title></svg></span></div></div></div></div>`,
    (n) => `<div role="row"><div tabindex="-1" data-id="false_1555000${n}@c.us_F${n}"><div class="message-in"><div class="copyable-text"><span class="selectable-text" dir="ltr"><span>x</span></span></div><span>10:01</span></div></div></div>`,
    (n) => `<div role="row"><div data-id="3AF${n}" data-testid="conv-msg-3AF${n}" tabindex="-1"><div><span aria-label="${pick(LABELS)}" data-testid="wds-ic-read"><svg viewBox="0 0 16 11"><title>wds-ic-read</title></svg></span></div></div></div>`,
  ]
  const ROWS = byIcon ? ALL_ROWS.slice(0, 2) : ALL_ROWS.slice(1)
  const counts = {}
  const OPS = {
    insertRow() {
      const holder = document.createElement('div')
      holder.innerHTML = pick(ROWS)(Math.floor(random() * 1e6))
      const row = holder.firstElementChild
      const parent = random() < 0.7 ? list() : anyElement()
      parent.insertBefore(row, pick([...parent.children, null]))
    },
    cloneRow() {
      const source = pick(Array.from(document.querySelectorAll('[role="row"], [data-id]'))) ?? movable()
      if (!source || source === document.body) return
      const copy = source.cloneNode(true)
      const parent = source.parentElement ?? list()
      parent.insertBefore(copy, pick([...parent.children, null]))
    },
    remove() {
      movable()?.remove()
    },
    toggleClass() {
      const target = random() < 0.15 ? pick([document.body, document.getElementById('app'), document.getElementById('main'), list()].filter(Boolean)) : anyElement()
      target.classList.toggle(pick(CLASSES))
    },
    iconName() {
      const ticks = Array.from(document.querySelectorAll('[data-icon], [data-testid]')).filter(small)
      const target = ticks.length && random() < 0.8 ? pick(ticks) : smallElement()
      if (!target) return
      // Tick names go where this generation writes them; the other attribute only gets names that are no tick.
      if (random() < 0.8) target.setAttribute(byIcon ? 'data-icon' : 'data-testid', pick(TICKS))
      else target.setAttribute(byIcon ? 'data-testid' : 'data-icon', pick(NOT_TICKS))
    },
    label() {
      smallElement()?.setAttribute(random() < 0.8 ? 'aria-label' : 'title', pick(LABELS))
    },
    text() {
      const target = tryPick((el) => el.childElementCount === 0 && !(el instanceof SVGElement))
      if (target) target.textContent = pick(TEXTS)
    },
    move() {
      const node = movable()
      if (!node) return
      // Within its own region (chat list, chat, elsewhere): WhatsApp never carries a chat-list tick
      // into the message list, and the receipts detector's first pass relies on that.
      const REGIONS = '#pane-side, #main'
      const region = node.parentElement?.closest(REGIONS) ?? null
      const parent =
        tryPick((el) => el.isConnected && !node.contains(el) && !(el instanceof SVGElement) && (el.closest(REGIONS) ?? null) === region) ??
        node.parentElement ??
        document.body
      parent.insertBefore(node, pick([...parent.children, null]))
    },
    deepJunk() {
      let top = document.createElement('div')
      const root = top
      const depth = 20 + Math.floor(random() * 200)
      for (let i = 0; i < depth; i++) {
        const child = document.createElement(pick(['div', 'span', 'section']))
        top.append(child)
        top = child
      }
      if (random() < 0.5) top.innerHTML = pick(ROWS)(Math.floor(random() * 1e6))
      const parent = anyElement()
      if (!(parent instanceof SVGElement)) parent.append(root)
    },
    hugeAttribute() {
      anyElement().setAttribute(pick(['data-junk', 'title', 'aria-label', 'class']), pick(['x', ' Read ', 'message-out ']).repeat(20_000 + Math.floor(random() * 30_000)))
    },
    pageMark() {
      anyElement().setAttribute('data-privacy-note', pick(CATEGORIES))
    },
    stripMark() {
      const marked = Array.from(document.querySelectorAll('[data-privacy-note]'))
      if (marked.length) pick(marked).removeAttribute('data-privacy-note')
    },
    fakeOverlayHost() {
      const fake = document.createElement('div')
      fake.setAttribute('data-privacy-overlay', '')
      if (random() < 0.5) fake.attachShadow({ mode: 'open' }).innerHTML = '<div role="tooltip">fake</div>'
      const parent = anyElement()
      if (!(parent instanceof SVGElement)) parent.append(fake)
    },
    flipDirection() {
      const rows = Array.from(document.querySelectorAll('[data-id]'))
      const row = pick(rows)
      if (!row) return
      const id = row.getAttribute('data-id')
      row.setAttribute('data-id', id.startsWith('true_') ? id.replace('true_', 'false_') : id.startsWith('false_') ? id.replace('false_', 'true_') : `true_${id}`)
    },
    replaceBody() {
      // Rare: the page swaps <body> for a copy of itself (every element new).
      document.documentElement.replaceChild(document.body.cloneNode(true), document.body)
    },
  }
  const WEIGHTS = [
    ['insertRow', 10], ['cloneRow', 8], ['remove', 10], ['toggleClass', 14], ['iconName', 10], ['label', 8],
    ['text', 8], ['move', 8], ['deepJunk', 3], ['hugeAttribute', 2], ['pageMark', 5], ['stripMark', 6],
    ['fakeOverlayHost', 2], ['flipDirection', 6], ['replaceBody', 0.1],
  ]
  const total = WEIGHTS.reduce((sum, [, w]) => sum + w, 0)
  const choose = () => {
    let r = random() * total
    for (const [name, w] of WEIGHTS) if ((r -= w) < 0) return name
    return WEIGHTS[0][0]
  }
  for (let i = 0; i < ops; i++) {
    const name = choose()
    OPS[name]()
    counts[name] = (counts[name] ?? 0) + 1
    // Bursts of a few operations, then the page yields: sometimes a frame, sometimes only a task.
    if (random() < 0.12) {
      await new Promise((resolve) => (random() < 0.5 ? requestAnimationFrame(() => resolve()) : setTimeout(resolve, 0)))
    }
  }
  return counts
}

/**
 * The body as data (tag, namespace, attributes, children; text as strings), without our marks,
 * so a fresh page can rebuild exactly this tree with DOM calls (HTML reparsing would move nodes the
 * fuzzer put where the parser never would).
 */
export function snapshotBody() {
  const walk = (node) => {
    if (node.nodeType === 3) return node.data
    if (node.nodeType !== 1) return null
    const attrs = []
    for (const a of node.attributes) if (a.name !== 'data-privacy-note') attrs.push([a.name, a.value])
    const children = []
    for (const child of node.childNodes) {
      const c = walk(child)
      if (c !== null) children.push(c)
    }
    return { tag: node.localName, ns: node.namespaceURI, attrs, children }
  }
  const body = walk(document.body)
  const html = []
  for (const a of document.documentElement.attributes) html.push([a.name, a.value])
  // As a string: deep junk nests deeper than the test driver's own serialisation allows.
  return JSON.stringify({ head: document.head.innerHTML, html, body })
}

/** The fresh page: builds the snapshot's body with DOM calls before the content script starts. */
export function freshPage(snapshotJson) {
  const snapshot = JSON.parse(snapshotJson)
  const build = function (data) {
    const make = (n) => {
      if (typeof n === 'string') return document.createTextNode(n)
      const el = document.createElementNS(n.ns, n.tag)
      for (const [k, v] of n.attrs) el.setAttribute(k, v)
      for (const c of n.children) el.append(make(c))
      return el
    }
    for (const [k, v] of data.html) document.documentElement.setAttribute(k, v)
    document.documentElement.replaceChild(make(data.body), document.body)
  }
  const json = JSON.stringify(snapshot).replace(/</g, '\\u003c')
  return `<!doctype html><html><head>${snapshot.head}</head><body><script>(${build.toString()})(${json})</script></body></html>`
}

/** Our marks in document order, as [position among body's elements, tag, category]. */
export function annotationList() {
  const all = document.body.getElementsByTagName('*')
  const out = []
  for (let i = 0; i < all.length; i++) {
    const category = all[i].getAttribute('data-privacy-note')
    if (category !== null) out.push(`${i} ${all[i].localName} ${category}`)
  }
  return out
}

/** Marks per category on the page. */
export function markCounts() {
  const counts = {}
  for (const el of document.querySelectorAll('[data-privacy-note]')) {
    const c = el.getAttribute('data-privacy-note')
    counts[c] = (counts[c] ?? 0) + 1
  }
  return counts
}

/** For a failure message: each listed element ("<position> <tag> <category>") with its context. */
export function describeMarks(entries) {
  const all = document.body.getElementsByTagName('*')
  return entries.map((entry) => {
    const el = all[Number(entry.split(' ')[0])]
    if (!el) return `${entry}: gone`
    const row = el.closest('[data-id], [data-testid^="conv-msg"], #pane-side')
    const attrs = (node) => (node ? Array.from(node.attributes, (a) => `${a.name}="${a.value.slice(0, 40)}"`).join(' ') : '-')
    return `${entry}: <${el.localName} ${attrs(el)}> in <${row?.localName ?? '-'} ${attrs(row)}>`
  })
}
