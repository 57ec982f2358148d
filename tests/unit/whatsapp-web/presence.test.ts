import { find } from './helpers'
import { describe, expect, it } from 'vitest'
import { classifyPresence, presence } from '../../../src/sites/whatsapp-web/presence'
import { fixtureIndex, loadFixture, loadHtml } from '../../fixtures/whatsapp/load'

function header(sub: string, name = 'Bruno', rows = '<div role="row"><div data-id="false_1@c.us_A"></div></div>'): string {
  return `<div id="main"><header><div role="button" title="Profile details"><img src="data:,"></div><div role="button"><div><span dir="auto">${name}</span></div><div><span id="sub" title="${sub}">${sub}</span></div></div><div role="button" aria-label="Search"><span data-icon="search-alt"></span></div></header><div role="application">${rows}</div></div>`
}
const cats = (root: Element | Document) => find(presence, root).map((m) => m.category)

/** The accessor an element inherits for `key` (happy-dom defines textContent on a prototype). */
function inherited(obj: object, key: string): PropertyDescriptor {
  for (let p = Object.getPrototypeOf(obj); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, key)
    if (d) return d
  }
  throw new Error(`no ${key}`)
}

describe('wa.presence: classification', () => {
  it.each([
    ['online', 'online-presence'],
    ['en línea', 'online-presence'],
    ['en ligne', 'online-presence'],
    ['ऑनलाइन', 'online-presence'],
    ['last seen today at 10:41', 'last-seen'],
    ['últ. vez hoy a la(s) 10:41', 'last-seen'],
    ['visto por último hoje às 10:41', 'last-seen'],
    ['zuletzt online heute um 10:41', 'last-seen'],
    ['vu(e) aujourd’hui à 10:41', 'last-seen'],
    ['अंतिम बार आज 10:41 बजे देखा गया', 'last-seen'],
    ['पिछली बार आज 10:41 बजे देखा गया', 'last-seen'],
    ['पिछली बार हाल ही में देखा गया', 'last-seen'], // no time in it: found by the Help Center's word alone
    ['last seen recently', 'last-seen'],
    ['visto em 12/03/2024', 'last-seen'], // structural: date pattern
    ['сегодня в 10:41', 'last-seen'], // structural: time pattern, unknown language
    ['typing…', 'typing-indicator'],
    ['escribiendo…', 'typing-indicator'],
    ['digitando…', 'typing-indicator'],
    ['schreibt…', 'typing-indicator'],
    ['écrit…', 'typing-indicator'],
    ['печатает…', 'typing-indicator'], // structural: trailing ellipsis
    // Forms of the Android string tables: three dots, straight apostrophes, German and French recording.
    ['escribiendo...', 'typing-indicator'],
    ['Ana est en train d\'écrire…', 'typing-indicator'],
    ['Ana est en train d’écrire...', 'typing-indicator'],
    ['enregistrement de l\'audio…', 'typing-indicator'],
    ['Audio wird aufgenommen…', 'typing-indicator'],
    ['zul. online heute um 10:41', 'last-seen'],
    ['recording audio…', 'typing-indicator'],
  ])('%s → %s', (text, cat) => {
    expect(classifyPresence(text)).toBe(cat)
  })

  it.each(['click here for contact info', 'Business account', '', 'Online-Shop', 'Hey there! I am using WhatsApp'])('unknown text %j → nothing', (text) => {
    expect(classifyPresence(text)).toBe(null)
  })
})

describe('wa.presence: header subtitle', () => {
  it('marks the subtitle, never the name — even a contact named "online"', () => {
    const doc = loadHtml(header('online', 'online'))
    const found = find(presence, doc)
    expect(found.map((m) => [m.element.id, m.category])).toEqual([['sub', 'online-presence']])
  })

  it('unknown subtitle text → no marker (precision first)', () => {
    expect(cats(loadHtml(header('click here for contact info')))).toEqual([])
  })

  it('follows text changes on the same node (watchesText)', () => {
    const doc = loadHtml(header('online'))
    const sub = doc.getElementById('sub')!
    expect(cats(doc)).toEqual(['online-presence'])
    sub.textContent = 'typing…'
    expect(cats(doc)).toEqual(['typing-indicator'])
    sub.textContent = 'last seen today at 10:45'
    expect(cats(doc)).toEqual(['last-seen'])
    expect(find(presence, sub).map((m) => m.element)).toEqual([sub]) // root itself
  })

  const groupRows = '<div role="row"><div data-id="false_1203@g.us_A_2@c.us"></div></div>'

  it.each(['Ana, Bruno, You', 'Ana is typing…', 'typing…', 'online', 'last seen today at 10:41'])('a group chat subtitle %j → nothing (it holds names)', (sub) => {
    expect(cats(loadHtml(header(sub, 'Team', groupRows)))).toEqual([])
  })

  it('a group with no messages yet (told by page facts): nothing on its subtitle either', () => {
    expect(cats(loadHtml(header('Ana, Bruno, You', 'Team', '')))).toEqual([])
  })

  it("never reads a group subtitle's text or title (names), even when it changes live", () => {
    const doc = loadHtml(header('Ana, Bruno, You', 'Team', groupRows))
    const sub = doc.getElementById('sub')!
    let reads = 0
    const textOf = inherited(sub, 'textContent')
    Object.defineProperty(sub, 'textContent', {
      get() {
        reads++
        return textOf.get!.call(sub)
      },
      set(v: string) {
        textOf.set!.call(sub, v)
      },
    })
    const getAttribute = sub.getAttribute.bind(sub)
    sub.getAttribute = (name: string) => {
      if (name === 'title') reads++
      return getAttribute(name)
    }
    expect(cats(doc)).toEqual([])
    sub.textContent = 'Ana is typing…' // in a group, typing replaces the names with a name
    expect(find(presence, sub)).toEqual([])
    expect(reads).toBe(0)
  })

  it.each(fixtureIndex().filter((f) => f.view === 'group-chat').map((f) => f.file))('%s: nothing in the open group chat header', (file) => {
    const doc = loadFixture(file)
    const header = doc.querySelector('#main header')!
    expect(header.querySelector('span[title]:not([dir])'), 'the fixture shows a participant line').not.toBe(null)
    expect(find(presence, doc).filter((m) => header.contains(m.element))).toEqual([])
  })

  it('ignores span[title] outside #main header and icons with titles', () => {
    const doc = loadHtml(`<div id="side"><header><span dir="auto">Me</span><span title="online">online</span></header></div>` + header('online').replace('<span data-icon="search-alt">', '<span data-icon="search-alt" title="online">'))
    expect(cats(doc)).toEqual(['online-presence'])
  })
})

describe('wa.presence: chat-list typing', () => {
  const row = (preview: string) => `<div id="pane-side"><div role="listitem"><div class="_ak8l"><div class="_ak8k"><span class="x78zum5">${preview}</span></div></div></div></div>`
  it('marks the UI "typing…" span (no dir)', () => {
    const doc = loadHtml(row('<span id="ty" title="typing…">typing…</span>'))
    expect(find(presence, doc).map((m) => m.element.id)).toEqual(['ty'])
  })
  it('never marks a message preview that says "typing…" (user text has dir)', () => {
    expect(cats(loadHtml(row('<span dir="ltr" title="typing…"><span>typing…</span></span>')))).toEqual([])
    expect(cats(loadHtml(row('<span dir="auto">Tom</span><span>: </span><span dir="ltr">typing…</span>')))).toEqual([])
  })
  it('hostile fixture: nothing from presence (the contact is named "online", bodies say "online")', () => {
    expect(cats(loadFixture('g2024-en-hostile.html'))).toEqual([])
  })
})
