// A generated WhatsApp Web chat with N messages, for the benchmark: 2024–25 markup by default, or
// today's (BENCH_MARKUP=2026: bare row ids, design-system ticks named by svg title and test id).
// Two of three messages are outgoing and carry a tick; the rest are incoming.

export const MARKUP = process.env.BENCH_MARKUP === '2026' ? '2026' : '2024'
/** The tick icons of the chosen markup (the reference annotator's query, and the bench's count). */
export const TICK_SELECTOR = MARKUP === '2026' ? '[data-testid^="wds-ic-"]' : '[data-icon^="msg-"]'

const TICKS = [
  ['msg-check', ' Sent ', ''],
  ['msg-dblcheck', ' Delivered ', ''],
  ['msg-dblcheck', ' Read ', ' x1rv0e52'],
]

const WDS_TICKS = [
  ['wds-ic-delivered', ' Sent ', ''],
  ['wds-ic-read', ' Delivered ', ''],
  ['wds-ic-read', ' Read ', ' x1rv0e52'],
]

function messageRow2026(i) {
  const outgoing = i % 3 !== 2
  const id = `3A${String(i).padStart(18, '0')}`
  const [name, label, blue] = WDS_TICKS[i % 3]
  const tick = outgoing
    ? `<span aria-hidden="false" aria-label="${label}" data-testid="${name}" class="x1q15gih${blue}"><svg viewBox="0 0 16 11" height="11" width="16"><title>${name}</title><path d="M11 1 5 8 2 5" stroke="currentColor" fill="none"/></svg></span>`
    : ''
  const tail = i % 6 === 0 || i % 6 === 2 ? `<span aria-hidden="true" data-icon="tail-${outgoing ? 'out' : 'in'}" data-testid="tail-${outgoing ? 'out' : 'in'}"><svg viewBox="0 0 8 13" height="13" width="8"><title>tail-${outgoing ? 'out' : 'in'}</title></svg></span>` : ''
  return `<div role="row"><div data-id="${id}" data-testid="conv-msg-${id}" tabindex="-1" class="html-div xdj266r x14z9mp xat24cr ${outgoing ? 'row-out' : 'row-in'}"><div class="html-div x1n2onr6 bubble">${tail}<span aria-label="${outgoing ? 'You:' : 'Alex:'}"></span><div class="html-div x1c4vz4f"><div class="copyable-text" data-pre-plain-text="[10:${String(i % 60).padStart(2, '0')}, 1/3/2026] ${outgoing ? 'Me' : 'Alex'}: "><span class="_ao3e selectable-text copyable-text" dir="ltr"><span>Message number ${i}, some ordinary words to make the row a realistic size.</span></span></div><div data-testid="msg-meta" class="html-div x13yyeie meta"><span class="x1rg5ohu">10:${String(i % 60).padStart(2, '0')}</span>${tick}</div></div></div></div></div>`
}

export function messageRow(i) {
  if (MARKUP === '2026') return messageRow2026(i)
  const outgoing = i % 3 !== 2
  const id = `${outgoing ? 'true' : 'false'}_4915550000000@c.us_3EB0${String(i).padStart(8, '0')}`
  const [icon, label, blue] = TICKS[i % 3]
  const tick = outgoing
    ? `<span aria-hidden="false" aria-label="${label}" data-icon="${icon}" class="x1q15gih${blue}"><svg viewBox="0 0 16 11" height="11" width="16"><title>${icon}</title><path d="M11 1 5 8 2 5" stroke="currentColor" fill="none"/></svg></span>`
    : ''
  return `<div role="row"><div tabindex="-1" class="focusable-list-item" data-id="${id}"><div class="_amjv _aotl ${outgoing ? 'message-out' : 'message-in'}"><div class="_amk4"><div class="copyable-text" data-pre-plain-text="[10:${String(i % 60).padStart(2, '0')}, 1/3/2026] ${outgoing ? 'Me' : 'Alex'}: "><span class="_ao3e selectable-text copyable-text" dir="ltr"><span>Message number ${i}, some ordinary words to make the row a realistic size.</span></span></div><div class="x3nfvp2 xxymvpz"><span class="x1rg5ohu">10:${String(i % 60).padStart(2, '0')}</span>${tick}</div></div></div></div></div>`
}

export function chatPage(count, { referenceScript = false } = {}) {
  const rows = Array.from({ length: count }, (_, i) => messageRow(i)).join('')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>WhatsApp</title>
<style>body{margin:0;font:14px sans-serif;background:#efeae2} #app{display:flex;height:100vh}
#side{width:30%;background:#fff;overflow:auto} #main{flex:1;display:flex;flex-direction:column}
[role=application]{flex:1;overflow:auto;padding:8px} .message-out{margin-left:auto;background:#d9fdd3}
.message-in{background:#fff} ._amjv,.bubble{max-width:60%;margin:4px 0;padding:6px 8px;border-radius:8px} .row-out .bubble{margin-left:auto;background:#d9fdd3} .row-in .bubble{background:#fff}</style></head>
<body><div id="app"><div class="two"><div id="side"><div id="pane-side" aria-label="Chat list" role="grid"></div></div>
<div id="main"><header><div role="button"><div><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40"></div></div>
<div role="button" class="x78zum5 xdt5ytf x1iyjqo2 xl56j7k xeuugli"><div><span dir="auto" title="Alex">Alex</span></div></div></header>
<div role="application" id="bench-list">${rows}</div><footer><div contenteditable="true" data-tab="10"></div></footer></div></div></div>
${referenceScript ? '<script src="/bench-reference.js" defer></script>' : ''}</body></html>`
}

// The yardstick: one querySelectorAll for tick icons plus one setAttribute per match, repeated on added subtrees.
export const REFERENCE_ANNOTATOR = `(() => {
  const SELECTOR = '${TICK_SELECTOR}'
  const mark = (root) => { for (const el of root.querySelectorAll(SELECTOR)) el.setAttribute('data-reference-note', 'tick') }
  mark(document)
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1) mark(n)
  }).observe(document.body, { childList: true, subtree: true })
})()`
