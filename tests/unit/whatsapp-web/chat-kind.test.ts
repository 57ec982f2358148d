import { describe, expect, it } from 'vitest'
import { find } from './helpers'
import { chatKind, drawerOfPage, viewOf } from '../../../src/sites/whatsapp-web/page-facts'
import { drawerRows } from '../../../src/sites/whatsapp-web/drawers'
import { presence } from '../../../src/sites/whatsapp-web/presence'
import { whatsappWebSite } from '../../../src/sites/whatsapp-web'
import { fixtureIndex, loadFixture } from '../../fixtures/whatsapp/load'

// The open chat's kind from structure alone: the header's subtitle lists a group's members by name,
// so it is never read to tell a group from a one-to-one chat, and when nothing structural tells,
// the answer is 'unknown' rather than a guess.

const EMPTY_GROUP = 'g2026h2-en-empty-group.html'
const EMPTY_ONE_TO_ONE = 'g2026h2-en-empty-one-to-one.html'

const headerOf = (doc: Document) => doc.querySelector('#main header')!
/** The header subtitle: the 2026 chat-subtitle block, else the span[title] after the name. */
const subtitleOf = (doc: Document) => headerOf(doc).querySelector('[data-testid="chat-subtitle"], span[title]:not([dir])')!

/** The chat's header avatar set as a photo (the default icon gone, as once a photo has loaded). */
function withPhoto(doc: Document): Document {
  const icon = headerOf(doc).querySelector('[data-icon^="default-"]')!
  const img = doc.createElement('img')
  img.setAttribute('src', 'data:,')
  img.setAttribute('class', 'x1n2onr6 x14yjl9h xudhj91 x18nykt9 xww2gxu')
  icon.replaceWith(img)
  return doc
}

/** Sets the subtitle's text and title (and its inner span's) to `text`. */
function setSubtitle(doc: Document, text: string): void {
  const sub = subtitleOf(doc)
  for (const el of [sub, ...Array.from(sub.querySelectorAll('*'))]) {
    if (el.hasAttribute('title')) el.setAttribute('title', text)
  }
  const inner = sub.querySelector('span') ?? sub
  inner.textContent = text
}

/** The accessor an object inherits for `key` (happy-dom defines textContent on a prototype). */
function inherited(obj: object, key: string): PropertyDescriptor | undefined {
  for (let p = Object.getPrototypeOf(obj); p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, key)
    if (d) return d
  }
  return undefined
}

/**
 * Counts every read of the text or title of `root` and its descendants (elements and text nodes):
 * textContent, innerText, innerHTML, outerHTML, nodeValue / data, and the title attribute by any route.
 */
function watchReads(root: Element): { reads: string[] } {
  const log = { reads: [] as string[] }
  const nodes: Node[] = [root]
  const walker = root.ownerDocument.createTreeWalker(root, 0xffffffff)
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n)
  for (const node of nodes) {
    for (const key of ['textContent', 'innerText', 'innerHTML', 'outerHTML', 'nodeValue', 'data', 'wholeText']) {
      const d = inherited(node, key)
      if (!d?.get) continue
      Object.defineProperty(node, key, {
        configurable: true,
        get() {
          log.reads.push(key)
          return d.get!.call(node)
        },
        set(v: unknown) {
          d.set?.call(node, v)
        },
      })
    }
    if (node.nodeType !== 1) continue
    const el = node as Element
    const getAttribute = el.getAttribute.bind(el)
    el.getAttribute = (name: string) => {
      if (name.toLowerCase() === 'title') log.reads.push('title')
      return getAttribute(name)
    }
    const getAttributeNode = el.getAttributeNode.bind(el)
    el.getAttributeNode = (name: string) => {
      if (name.toLowerCase() === 'title') log.reads.push('title node')
      return getAttributeNode(name)
    }
    const attributes = inherited(el, 'attributes')
    if (attributes?.get) {
      Object.defineProperty(el, 'attributes', {
        configurable: true,
        get() {
          log.reads.push('attributes')
          return attributes.get!.call(el)
        },
      })
    }
  }
  return log
}

describe('chat kind of a chat with no messages yet', () => {
  it('a group without a photo: the header’s default group avatar says group', () => {
    const doc = loadFixture(EMPTY_GROUP)
    expect(chatKind(doc)).toBe('group')
    expect(viewOf(doc)).toBe('group-chat')
    expect(find(presence, doc).filter((m) => headerOf(doc).contains(m.element))).toEqual([])
  })

  it('a group with a photo: nothing structural tells, so no guess (neither group nor one-to-one)', () => {
    const doc = withPhoto(loadFixture(EMPTY_GROUP))
    expect(chatKind(doc)).toBe('unknown')
    expect(viewOf(doc)).toBe('unknown-kind-chat')
    expect(whatsappWebSite.facts(doc)).toMatchObject({ view: 'unknown-kind-chat', drawer: 'none' })
    // Its names are not presence: wa.presence leaves the subtitle unread.
    const log = watchReads(subtitleOf(doc))
    expect(find(presence, doc).filter((m) => headerOf(doc).contains(m.element))).toEqual([])
    expect(log.reads).toEqual([])
  })

  it('a one-to-one chat without a photo: the default contact avatar says one-to-one, and its presence is read', () => {
    const doc = loadFixture(EMPTY_ONE_TO_ONE)
    expect(chatKind(doc)).toBe('one-to-one')
    expect(viewOf(doc)).toBe('one-to-one-chat')
    expect(find(presence, doc).filter((m) => headerOf(doc).contains(m.element)).map((m) => m.category)).toEqual(['online-presence'])
  })

  it('a one-to-one chat with a photo: unknown too, and its subtitle is not read', () => {
    const doc = withPhoto(loadFixture(EMPTY_ONE_TO_ONE))
    expect(chatKind(doc)).toBe('unknown')
    expect(viewOf(doc)).toBe('unknown-kind-chat')
    expect(find(presence, doc).filter((m) => headerOf(doc).contains(m.element))).toEqual([])
  })

  it('older default avatar names and the community icon tell the kind as well', () => {
    const cases: Array<[string, string, string]> = [
      [EMPTY_GROUP, 'default-group', 'group'],
      [EMPTY_GROUP, 'default-community-refreshed', 'group'],
      [EMPTY_ONE_TO_ONE, 'default-user', 'one-to-one'],
    ]
    for (const [file, name, kind] of cases) {
      const doc = loadFixture(file)
      const icon = headerOf(doc).querySelector('[data-icon^="default-"]')!
      icon.setAttribute('data-icon', name)
      icon.querySelector('title')!.textContent = name
      expect(chatKind(doc), name).toBe(kind)
    }
  })

  it('someone else’s message without a sender name says one-to-one; only your own messages say nothing', () => {
    const doc = withPhoto(loadFixture(EMPTY_ONE_TO_ONE))
    const list = doc.querySelector('#main [role="application"]')!
    const mine = doc.createElement('div')
    mine.setAttribute('role', 'row')
    mine.innerHTML = '<div data-id="3A00000000000000000001" data-testid="conv-msg-3A00000000000000000001"><div class="bubble out"><span data-icon="tail-out"></span></div></div>'
    list.append(mine)
    expect(chatKind(doc)).toBe('unknown')
    const theirs = doc.createElement('div')
    theirs.setAttribute('role', 'row')
    theirs.innerHTML = '<div data-id="3A00000000000000000002" data-testid="conv-msg-3A00000000000000000002"><div class="bubble in"><span data-icon="tail-in"></span></div></div>'
    list.append(theirs)
    expect(chatKind(doc)).toBe('one-to-one')
    // The same incoming bubble with a sender name is a group's.
    theirs.querySelector('.bubble')!.insertAdjacentHTML('afterbegin', '<div><span dir="auto" data-testid="author">Ana</span></div>')
    expect(chatKind(doc)).toBe('group')
  })
})

describe('chat kind never reads the header subtitle', () => {
  it.each([EMPTY_GROUP, EMPTY_ONE_TO_ONE])('%s, with and without a photo: no read of the subtitle’s text or title', (file) => {
    for (const doc of [loadFixture(file), withPhoto(loadFixture(file))]) {
      const log = watchReads(subtitleOf(doc))
      chatKind(doc)
      viewOf(doc)
      whatsappWebSite.facts(doc)
      expect(log.reads).toEqual([])
    }
  })

  const HOSTILE = ['Ana, Bruno, Carla, You', 'Ana', '', 'online', 'Ana، Bruno、Carla', '<img src=x onerror=alert(1)>, "x"', '\u202euoY ,anA']

  it.each(fixtureIndex().filter((f) => f.view === 'group-chat' || f.view === 'one-to-one-chat').map((f) => f.file))(
    '%s: the same kind whatever the subtitle says',
    (file) => {
      const doc = loadFixture(file)
      const before = chatKind(doc)
      expect(before, 'the fixture’s kind is told').not.toBe('unknown')
      const photo = withPhotoIfDefault(loadFixture(file))
      const beforePhoto = chatKind(photo)
      for (const text of HOSTILE) {
        setSubtitle(doc, text)
        setSubtitle(photo, text)
        expect(chatKind(doc), text).toBe(before)
        expect(chatKind(photo), text).toBe(beforePhoto)
      }
    },
  )
})

/** The header avatar as a photo when it is a default icon (pages whose header already shows one stay). */
function withPhotoIfDefault(doc: Document): Document {
  return headerOf(doc).querySelector('[data-icon^="default-"]') ? withPhoto(doc) : doc
}

describe('info drawer of a chat whose kind is unknown', () => {
  /** The group-info page with its messages gone: a group photo in the header and no row left. */
  function emptiedGroupInfo(): Document {
    const doc = loadFixture('g2026-en-group-info.html')
    for (const row of Array.from(doc.querySelectorAll('#main [role="application"] [role="row"]'))) row.remove()
    return doc
  }

  it('is contact or group info: only the rows both show are annotated', () => {
    const doc = emptiedGroupInfo()
    expect(chatKind(doc)).toBe('unknown')
    expect(drawerOfPage(doc)).toBe('chat-info')
    expect(whatsappWebSite.facts(doc)).toMatchObject({ view: 'unknown-kind-chat', drawer: 'chat-info' })
    const categories = find(drawerRows, doc).map((m) => m.category).sort()
    expect(categories).toEqual(['disappearing-messages', 'encryption-notice'])
  })

  it('with its messages, the same drawer is group info again', () => {
    const doc = loadFixture('g2026-en-group-info.html')
    expect(drawerOfPage(doc)).toBe('group-info')
    expect(find(drawerRows, doc).map((m) => m.category)).toContain('group-participants')
  })
})
