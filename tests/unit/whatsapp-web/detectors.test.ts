import { find } from './helpers'
import { describe, expect, it } from 'vitest'
import { avatars } from '../../../src/sites/whatsapp-web/avatars'
import { drawerRows, looksLikePhoneNumber } from '../../../src/sites/whatsapp-web/drawers'
import { messageInfo } from '../../../src/sites/whatsapp-web/message-info'
import { privacySettings } from '../../../src/sites/whatsapp-web/privacy-settings'
import { status } from '../../../src/sites/whatsapp-web/status'
import { systemMessages } from '../../../src/sites/whatsapp-web/system-messages'
import { loadFixture, loadHtml } from '../../fixtures/whatsapp/load'

const ids = (ms: { element: Element }[]) => ms.map((m) => m.element.id)
const cats = (ms: { category: string }[]) => ms.map((m) => m.category)

describe('wa.avatars', () => {
  it('profile CDN, class set, default icons and structure', () => {
    const doc = loadHtml(`
      <img id="cdn" src="https://pps.whatsapp.net/v/t61/abc.jpg">
      <img id="cls" class="x1n2onr6 x14yjl9h xudhj91 x18nykt9 xww2gxu" src="data:,">
      <span id="def" data-icon="default-contact-refreshed"><svg></svg></span>
      <span id="def22" data-testid="default-user" data-icon="default-user"><svg></svg></span>
      <div id="pane-side"><div role="row"><div><img id="row" src="data:,"></div><span dir="auto">Ana <img id="emoji" class="emoji" data-plain-text="🙂" src="data:,"></span></div></div>
      <div id="main"><header><div role="button"><img id="hdr" src="data:,"></div></header>
        <div role="row"><div class="message-in" data-id="false_1@g.us_A_2@c.us"><div><img id="sender" src="data:,"></div>
          <div data-testid="msg-container"><img id="media" src="data:,"><div class="copyable-text" data-pre-plain-text="x"><span class="selectable-text"><img id="emoji2" class="emoji" src="data:,"></span></div></div></div></div></div>`)
    expect(ids(find(avatars, doc)).sort()).toEqual(['cdn', 'cls', 'def', 'def22', 'hdr', 'row', 'sender'].sort())
  })

  it('avatar images that are emoji inside names are never photos, even with the class set', () => {
    const doc = loadHtml(`<span dir="auto"><img class="x1n2onr6 x14yjl9h xudhj91 x18nykt9 xww2gxu emoji" src="data:,"></span>`)
    expect(find(avatars, doc)).toEqual([])
    // Outside a text run too: the emoji class / data-plain-text alone excludes it.
    const doc2 = loadHtml(`<div id="pane-side"><div role="row"><img class="emoji" src="data:,"><img data-plain-text="🙂" src="data:,"></div></div>`)
    expect(find(avatars, doc2)).toEqual([])
  })

  it('status thumbnails (no avatar signal) are not profile photos', () => {
    const doc = loadFixture('g2024-en-status.html')
    for (const m of find(avatars, doc)) expect(m.element.closest('[role="listitem"]')).toBe(null)
  })
})

describe('wa.status', () => {
  it('rail entry across generations (status-v3, status-refreshed)', () => {
    const doc = loadHtml(`<div id="app"><div id="side"><header><div role="button" id="a"><span data-icon="status-v3"></span></div></header></div><header><div data-navbar-item="true" id="b"><span data-icon="status-refreshed"></span></div></header></div>`)
    expect(ids(find(status, doc))).toEqual(['a', 'b'])
  })

  it('status rows only while the Status rail item is selected', () => {
    const doc = loadFixture('g2024-en-status.html')
    expect(find(status, doc).length).toBe(5)
    const item = doc.querySelector('[data-navbar-item-selected="true"]')!
    item.setAttribute('data-navbar-item-selected', 'false')
    item.setAttribute('aria-pressed', 'false')
    expect(find(status, doc).length).toBe(1) // the rail entry only
  })

  it('viewer strip and viewers; the caption (user text) is never annotated', () => {
    const doc = loadFixture('g2024-en-status-viewer.html')
    const found = find(status, doc)
    expect(cats(found).filter((c) => c === 'status-viewers')).toHaveLength(2)
    for (const m of found) expect(m.element.querySelector('.caption')).toBe(null)
  })
})

describe('wa.drawers', () => {
  it.each([
    ['+33 6 12 34 56 78', true],
    ['+1 (415) 555-0123', true],
    ['+91 98123 45678', true],
    ['015112345678', true],
    ['10:41', false],
    ['14 mars 2024', false],
    ['Camille', false],
    ['+1 2', false],
    ['12-3-45', false], // 5 digits: too short for a number
    ['1 2 3 4 5 6', false],
    ['12345678901234567890', false],
  ])('phone pattern %j → %s', (t, ok) => {
    expect(looksLikePhoneNumber(t as string)).toBe(ok)
  })

  it('contact info: finds rows in a subtree scan of the drawer only', () => {
    const doc = loadFixture('g2024-fr-contact-info.html')
    const drawerBody = doc.querySelector('section.drawer-body')!
    expect(cats(find(drawerRows, drawerBody)).sort()).toEqual(['about', 'disappearing-messages', 'encryption-notice', 'phone-number'])
    // A subtree outside any drawer finds nothing.
    expect(find(drawerRows, doc.getElementById('main')!)).toEqual([])
  })

  it('an unsaved contact’s name (a phone number in the h2) is not a phone-number annotation', () => {
    const doc = loadFixture('g2024-fr-contact-info.html')
    const h2span = doc.querySelector('.drawer-hero h2 span')!
    h2span.textContent = '+33 6 00 00 00 00'
    const found = find(drawerRows, doc).filter((m) => m.category === 'phone-number')
    expect(found).toHaveLength(1)
    expect(found[0]!.element.closest('h2')).toBe(null)
  })

  // The member list as a whole used to be annotated: it holds names, which must never sit inside
  // an annotated element (issue #19). Its count heading is annotated instead.
  it('group info: the member count, never the list of names', () => {
    const doc = loadFixture('g2026-en-group-info.html')
    const counts = find(drawerRows, doc).filter((m) => m.category === 'group-participants')
    expect(counts).toHaveLength(1)
    expect(counts[0]!.element.querySelector('[dir], [role="listitem"]')).toBe(null)
    expect(counts[0]!.element.nextElementSibling?.getAttribute('role')).toBe('list')
  })

  it('group info: a member shown by number is a phone number; a heading without a count is not a count', () => {
    const doc = loadHtml(`<div id="app"><div id="main"><header></header><div role="application"><div role="row"><div data-id="false_1@g.us_A_2@c.us"></div></div></div></div>
      <div data-testid="group-info-drawer"><header></header><div id="h">Leo</div><div role="list"><div role="listitem"><span dir="auto" id="n">+44 7700 900123</span></div><div role="listitem"><span dir="auto">Kim</span></div></div></div></div>`)
    expect(find(drawerRows, doc).map((m) => [m.element.id, m.category])).toEqual([['n', 'phone-number']])
  })

  it('data-testid era drawer roots are recognised', () => {
    const doc = loadHtml(`<div id="app"><div data-testid="contact-info-drawer"><div role="button" id="r"><span data-icon="lock"></span><span>Encryption</span></div></div></div>`)
    expect(find(drawerRows, doc).map((m) => [m.element.id, m.category])).toEqual([['r', 'encryption-notice']])
  })
})

describe('wa.message-info', () => {
  it('one section per tick heading; the message copy is not a section', () => {
    for (const f of ['g2024-en-message-info.html', 'g2026-es-message-info-group.html']) {
      const doc = loadFixture(f)
      const found = find(messageInfo, doc)
      expect(found, f).toHaveLength(2)
      for (const m of found) expect(m.element.querySelector('[data-pre-plain-text]')).toBe(null)
    }
  })
  it('nothing when no message-info drawer is open', () => {
    expect(find(messageInfo, loadFixture('g2024-fr-contact-info.html'))).toEqual([])
  })
})

describe('wa.system-messages', () => {
  it('business / encryption phrases inside a message body are never notices (hostile)', () => {
    expect(find(systemMessages, loadFixture('g2024-en-hostile.html'))).toEqual([])
  })
  it('view-once and live-location require a message; notices require no message', () => {
    const doc = loadHtml(`<div id="main"><div role="application">
      <div role="row"><div class="n"><div role="button" id="lock"><span data-icon="lock-small"></span>…</div></div></div>
      <div role="row"><div data-id="true_1@c.us_A"><div role="button" id="vo"><span data-icon="view-once"></span></div><div role="button" id="lockInMsg"><span data-icon="lock-small"></span></div></div></div>
      <div role="row"><div class="n"><span data-icon="live-location" id="llOutside"></span></div></div>
    </div></div>`)
    expect(find(systemMessages, doc).map((m) => [m.element.id, m.category])).toEqual([
      ['lock', 'encryption-notice'],
      ['vo', 'view-once'],
    ])
  })
  it.each([
    ['मैसेज और कॉल एंड-टू-एंड एन्क्रिप्टेड हैं. ज़्यादा जानने के लिए क्लिक करें.', 'encryption-notice'],
    ['मैसेज और कॉल एंड टू एंड एन्क्रिप्टेड हैं.', 'encryption-notice'],
    ['यह चैट एक बिज़नेस अकाउंट के साथ है.', 'business-chat-notice'],
    ['This business works with other companies to manage this chat. Click to learn more.', 'business-chat-notice'],
    ['Dieses Unternehmen arbeitet mit anderen Unternehmen zusammen, um diesen Chat zu verwalten.', 'business-chat-notice'],
    ['Nachrichten und Anrufe sind Ende-zu-Ende verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen.', 'encryption-notice'],
    ['Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.', 'encryption-notice'],
    ['Mensagens e ligações são protegidas com a criptografia de ponta-a-ponta.', 'encryption-notice'],
  ])('a notice without an icon, by its words: %s', (words, category) => {
    const doc = loadHtml(`<div id="main"><div role="application">
      <div role="row"><div class="n"><div role="button" id="notice"><span>${words}</span></div></div></div>
      <div role="row"><div data-id="true_1@c.us_A"><div class="copyable-text" data-pre-plain-text="x"><span class="selectable-text">नमस्ते</span></div></div></div>
    </div></div>`)
    expect(find(systemMessages, doc).map((m) => [m.element.id, m.category])).toEqual([['notice', category]])
  })
  it('the box around an icon never holds message text', () => {
    const doc = loadHtml(`<div id="main"><div role="row"><div data-id="true_1@c.us_A"><div role="button" id="b"><span data-icon="live-location" id="i"></span><div class="copyable-text" data-pre-plain-text="x"><span class="selectable-text">I am here</span></div></div></div></div></div>`)
    const found = find(systemMessages, doc)
    expect(found).toHaveLength(1)
    expect(found[0]!.element.querySelector('.selectable-text')).toBe(null)
  })
})

describe('wa.privacy-settings', () => {
  it('rows of the Privacy panel, not of other settings panels', () => {
    const doc = loadFixture('g2024-en-settings-privacy.html')
    expect(find(privacySettings, doc)).toHaveLength(10)
    doc.querySelector('.panel-head h1')!.textContent = 'Notifications'
    expect(find(privacySettings, doc)).toEqual([])
  })
  it('localized titles (second signal) and subtree scans', () => {
    const doc = loadFixture('g2024-en-settings-privacy.html')
    doc.querySelector('.panel-head h1')!.textContent = 'Datenschutz'
    const row = doc.querySelector('.prow')!
    expect(find(privacySettings, row).map((m) => m.element)).toEqual([row])
  })
})

describe('fallback paths', () => {
  it('About: a nested heading still marks the whole About block', () => {
    const doc = loadHtml(`<div id="app"><div id="main"><div role="application"><div role="row"><div data-id="false_1@c.us_A"></div></div></div></div>
      <div id="d"><header><div role="button"><span data-icon="x"></span></div><h1>Contact info</h1></header><section>
      <div id="about"><div><span>About</span></div><div><span dir="auto" class="copyable-text">Busy</span></div></div></section></div></div>`)
    expect(find(drawerRows, doc).map((m) => [m.element.id, m.category])).toEqual([['about', 'about']])
  })

  it('facts: an open status viewer means the Status view even when the rail says Chats', async () => {
    const { whatsappWebSite } = await import('../../../src/sites/whatsapp-web')
    const doc = loadFixture('g2024-en-one-to-one.html')
    expect(whatsappWebSite.facts(doc).view).toBe('one-to-one-chat')
    const dialog = doc.createElement('div')
    dialog.setAttribute('role', 'dialog')
    dialog.innerHTML = '<div class="bars"><div role="progressbar"></div></div>'
    doc.body.appendChild(dialog)
    expect(whatsappWebSite.facts(doc).view).toBe('status')
    expect(find(status, dialog).map((m) => m.category)).toEqual(['status-update'])
  })
})

describe('icon names confirmed in public sources (2026 builds)', () => {
  const titled = (name: string, id = '') => `<span${id ? ` id="${id}"` : ''}><svg viewBox="0 0 24 24"><title>${name}</title><path d="M0 0"></path></svg></span>`

  it('system messages: the design-system disappearing icon (svg title only) and view-once-viewed', () => {
    const doc = loadHtml(`<div id="main"><div role="application">
      <div role="row"><div class="n"><div role="button" id="dm">${titled('wds-ic-disappearing-messages')}<span>Messages disappear</span></div></div></div>
      <div role="row"><div data-id="false_1@c.us_A"><div role="button" id="vo"><span data-icon="view-once-viewed"></span></div></div></div>
      <div role="row"><div data-id="3A00FF11" data-testid="conv-msg-3A00FF11"><div role="button" id="vo2026">${titled('wds-ic-view-once')}</div></div></div>
    </div></div>`)
    expect(find(systemMessages, doc).map((m) => [m.element.id, m.category]).sort()).toEqual([
      ['dm', 'disappearing-messages'],
      ['vo', 'view-once'],
      ['vo2026', 'view-once'],
    ])
  })

  it('status: the filled rail icon of the selected item, the ic-visibility eye and the progress segments', async () => {
    const { viewOf } = await import('../../../src/sites/whatsapp-web')
    const doc = loadHtml(`<div id="app"><header><div data-navbar-item="true" data-navbar-item-selected="true" aria-pressed="true" id="rail"><span data-icon="status-filled-refreshed"></span></div></header><div id="side"></div>
      <div role="dialog"><div id="strip"><div data-testid="status-progress-bar-segment"></div><div data-testid="status-progress-bar-segment"></div></div>
      <div role="button" id="eye">${titled('ic-visibility')}</div></div></div>`)
    expect(find(status, doc).map((m) => [m.element.id, m.category])).toEqual([
      ['rail', 'status-update'],
      ['strip', 'status-update'],
      ['eye', 'status-viewers'],
    ])
    expect(viewOf(doc)).toBe('status')
  })

  it('drawers: chat-info-drawer takes its kind from the open chat; the close button by test id or ic-close', () => {
    const group = (close: string) =>
      loadHtml(`<div id="app"><div id="main"><header></header><div role="application"><div role="row"><div data-id="false_1@g.us_A_2@c.us"></div></div></div></div>
      <div data-testid="chat-info-drawer"><header>${close}</header><section><div id="count">3</div><div role="list" id="members"><div role="listitem">x</div></div></section></div></div>`)
    expect(ids(find(drawerRows, group('')))).toEqual(['count'])
    const untagged = (close: string) =>
      loadHtml(`<div id="app"><div id="main"><header></header><div role="application"><div role="row"><div data-id="false_1@g.us_A_2@c.us"></div></div></div></div>
      <div><header>${close}</header><section><div id="count">3</div><div role="list" id="members"><div role="listitem">x</div></div></section></div></div>`)
    expect(ids(find(drawerRows, untagged('<div role="button" data-testid="btn-closer-drawer"></div>')))).toEqual(['count'])
    expect(ids(find(drawerRows, untagged(`<div role="button">${titled('ic-close')}</div>`)))).toEqual(['count'])
    expect(ids(find(drawerRows, untagged('<div role="button"><span data-icon="menu"></span></div>')))).toEqual([])
  })
})

describe('wa.avatars in rows whose direction is not written', () => {
  it('the sender avatar beside the bubble is a photo; a photo message (alt="" too) inside it is not, whatever its classes', () => {
    const doc = loadHtml(`<div id="main"><div role="application"><div role="row"><div data-id="3A00FF" data-testid="conv-msg-3A00FF">
      <div class="q1"><img id="sender" alt="" src="data:,"></div>
      <div class="q2"><img id="media" alt="" src="data:,"><div data-testid="msg-meta"><span dir="auto">10:40</span></div></div>
    </div></div></div></div>`)
    expect(ids(find(avatars, doc))).toEqual(['sender'])
  })
})
