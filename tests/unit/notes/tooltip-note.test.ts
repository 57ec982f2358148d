import { describe, expect, test } from 'vitest'
import { CATEGORIES } from '../../../src/shared/categories'
import { BASE } from '../../../src/notes/base'
import { TRANSLATIONS } from '../../../src/notes/i18n'
import { EN_SOURCE_TOPIC } from '../../../src/notes/i18n/en'
import { LANGS, noteBook, noteFor, type Lang, type Source } from '../../../src/notes'
import { noteSourceRefs } from '../../../src/notes/resolve'
import { SOURCES, SOURCE_BY_ID } from '../../../src/notes/sources'
import { TOOLTIP_SOURCES_MAX, sourceLabel, tooltipSources } from '../../../src/notes/tooltip-sources'
import { buildTooltipTable, tooltipText } from '../../../src/notes/tooltips'

// The hover note's new parts (issue 18): how long it is kept and its sources. Every note in every
// language: the retention line is short, rests on the full retention claim, and says "unknown"
// exactly where that claim does.

/** The retention line's length limit: one or two lines of a hover note about 330 px wide. */
const HINT_MAX = 110

/** Numbers in a text, normalised so "2,000", "2.000" and "2000" compare equal. */
function numbers(text: string): string[] {
  return (text.match(/\d[\d.,]*\d|\d/g) ?? []).map((n) => n.replace(/[.,](?=\d{3}\b)/g, '').replace(/[.,]$/, '')).sort()
}

/** How each language says that retention is unknown: in the full claim, and in the tooltip line. */
const UNKNOWN: Record<Lang, { claim: RegExp; hint: RegExp }> = {
  en: { claim: /Unknown|don’t say|was found/, hint: /unknown/i },
  es: { claim: /Desconocido|no dicen|No se encontró/, hint: /desconoc/i },
  'pt-BR': { claim: /Desconhecido|não dizem|Não foi encontrado/, hint: /desconhec/i },
  de: { claim: /Unbekannt|sagen nicht|nicht gefunden/, hint: /unbekannt/i },
}

describe('retention line (how long it may be kept)', () => {
  for (const lang of LANGS) {
    test(`${lang}: every note has a short retention line, shown as the tooltip's "kept"`, () => {
      const problems: string[] = []
      for (const category of CATEGORIES) {
        const hint = noteFor(category, lang).retentionHint
        if (hint.trim() === '') problems.push(`${category}: empty`)
        if (hint.length > HINT_MAX) problems.push(`${category}: ${hint.length} chars > ${HINT_MAX}: ${hint}`)
        if (tooltipText(category, lang).kept !== hint) problems.push(`${category}: tooltip does not show it`)
      }
      expect(problems).toEqual([])
    })

    test(`${lang}: the retention line names no period its retention claim doesn't`, () => {
      const problems: string[] = []
      for (const category of CATEGORIES) {
        const note = noteFor(category, lang)
        const claimed = numbers(note.retention.text)
        for (const n of numbers(note.retentionHint)) if (!claimed.includes(n)) problems.push(`${category}: ${n} not in "${note.retention.text}"`)
      }
      expect(problems).toEqual([])
    })

    test(`${lang}: unknown stays unknown, and only unknown says so`, () => {
      const problems: string[] = []
      for (const category of CATEGORIES) {
        const unknownInEnglish = UNKNOWN.en.claim.test(BASE[category].retention.text)
        const note = noteFor(category, lang)
        // The translated claim agrees with the English one, and the line with the claim.
        if (UNKNOWN[lang].claim.test(note.retention.text) !== unknownInEnglish) problems.push(`${category}: claim disagrees with English`)
        if (UNKNOWN[lang].hint.test(note.retentionHint) !== unknownInEnglish) {
          problems.push(`${category}: "${note.retentionHint}" should ${unknownInEnglish ? '' : 'not '}say unknown`)
        }
      }
      expect(problems).toEqual([])
    })
  }

  for (const lang of LANGS.filter((l) => l !== 'en')) {
    test(`${lang}: every retention line carries exactly the English line's numbers`, () => {
      const diffs = CATEGORIES.map((category) => {
        const want = numbers(noteFor(category, 'en').retentionHint).join('|')
        const got = numbers(noteFor(category, lang).retentionHint).join('|')
        return want === got ? '' : `${category}: en [${want}] vs [${got}]`
      }).filter(Boolean)
      expect(diffs).toEqual([])
    })
  }

  test('the retentions the sources leave open are unknown in the tooltip (English)', () => {
    for (const category of ['read-receipt', 'last-seen', 'typing-indicator', 'business-analytics', 'customer-phone-number'] as const) {
      expect(tooltipText(category, 'en').kept, category).toMatch(/^Unknown/)
    }
    expect(tooltipText('sent-receipt', 'en').kept).toContain('at most 30 days')
    expect(tooltipText('phone-number', 'en').kept).toContain('up to 90 days')
    expect(tooltipText('status-update', 'en').kept).toMatch(/24 hours.*unknown/)
  })
})

describe('tooltip sources', () => {
  /** No official source comes after one that isn't. */
  const officialFirst = (sources: readonly Pick<Source, 'kind'>[]) =>
    !sources.some((s, i) => s.kind === 'official' && sources.slice(0, i).some((before) => before.kind !== 'official'))

  test('each note names 1 to 3 main sources of its own, official first, unique', () => {
    for (const category of CATEGORIES) {
      const refs = BASE[category].mainSources
      expect(refs.length, category).toBeGreaterThan(0)
      expect(refs.length, category).toBeLessThanOrEqual(TOOLTIP_SOURCES_MAX)
      expect(new Set(refs).size, category).toBe(refs.length)
      for (const ref of refs) expect(noteSourceRefs(BASE[category]), `${category}: ${ref} is not one of its sources`).toContain(ref)
      expect(officialFirst(refs.map((ref) => SOURCE_BY_ID.get(ref)!)), category).toBe(true)
      // A note with any official source leads with one.
      const hasOfficial = noteSourceRefs(BASE[category]).some((ref) => SOURCE_BY_ID.get(ref)?.kind === 'official')
      if (hasOfficial) expect(SOURCE_BY_ID.get(refs[0]!)?.kind, category).toBe('official')
    }
  })

  test('every source a tooltip may name has a topic in every language', () => {
    const missing: string[] = []
    const used = new Set(CATEGORIES.flatMap((category) => BASE[category].mainSources))
    for (const id of used) {
      if (!EN_SOURCE_TOPIC[id]?.trim()) missing.push(`en ${id}`)
      for (const [lang, table] of Object.entries(TRANSLATIONS)) if (!table.sourceTopic?.[id]?.trim()) missing.push(`${lang} ${id}`)
    }
    expect(missing).toEqual([])
  })

  for (const lang of LANGS) {
    test(`${lang}: every tooltip names its sources with distinct short labels and https links`, () => {
      const table = buildTooltipTable()
      const problems: string[] = []
      for (const category of CATEGORIES) {
        const tip = table.notes[lang][category]!
        const where = `${category}`
        const expectedUrls = BASE[category].mainSources.map((ref) => SOURCE_BY_ID.get(ref)!.url)
        if (tip.sources.map((s) => s.url).join(' ') !== expectedUrls.join(' ')) problems.push(`${where}: not its main sources`)
        if (tip.sources.length > TOOLTIP_SOURCES_MAX) problems.push(`${where}: more than ${TOOLTIP_SOURCES_MAX}`)
        for (const s of tip.sources) {
          if (new URL(s.url).protocol !== 'https:') problems.push(`${where}: ${s.url} is not https`)
          if (s.label.trim() === '' || s.label.length > 50) problems.push(`${where}: label "${s.label}"`)
        }
        if (new Set(tip.sources.map((s) => s.label)).size !== tip.sources.length) problems.push(`${where}: two labels alike: ${tip.sources.map((s) => s.label)}`)
      }
      expect(problems).toEqual([])
    })
  }

  test('labels say which page: the publisher and the page’s topic, or the page’s own name', () => {
    expect(tooltipText('read-receipt', 'en').sources.map((s) => s.label)).toEqual([
      'WhatsApp Help Center: read receipts',
      'WhatsApp Help Center: privacy settings',
      'WhatsApp Privacy Policy',
    ])
    expect(tooltipText('delivery-receipt', 'en').sources.map((s) => s.label)).toEqual([
      'WhatsApp Help Center: read receipts',
      'WhatsApp Help Center: privacy settings',
      'arXiv: Careless Whisper',
    ])
    // A note with one source names its page too, not just the site.
    expect(tooltipText('typing-indicator', 'en').sources.map((s) => s.label)).toEqual(['WhatsApp Help Center: privacy settings'])
    expect(tooltipText('pending', 'en').sources.map((s) => s.label)).toEqual(['iNews: what the clock icon means'])
    expect(tooltipText('read-receipt', 'de').sources.map((s) => s.label)).toEqual([
      'WhatsApp-Hilfe: Lesebestätigungen',
      'WhatsApp-Hilfe: Datenschutz-Einstellungen',
      'WhatsApp-Datenschutzrichtlinie',
    ])
    expect(tooltipText('read-receipt', 'es').sources.map((s) => s.label)[2]).toBe('Política de privacidad de WhatsApp')
    expect(tooltipText('read-receipt', 'pt-BR').sources.map((s) => s.label)[2]).toBe('Política de Privacidade do WhatsApp')
  })

  /** The brand a host stands for: faq.whatsapp.com → whatsapp, inews.co.uk → inews. */
  const hostBrand = (url: string) => {
    const parts = new URL(url).hostname.split('.')
    return ['co', 'com', 'org'].includes(parts.at(-2)!) && parts.length > 2 ? parts.at(-3)! : parts.at(-2)!
  }
  const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')

  for (const lang of LANGS) {
    test(`${lang}: no tooltip source is labelled by a bare site or publisher name`, () => {
      const table = buildTooltipTable()
      const book = noteBook(lang)
      const problems: string[] = []
      for (const category of CATEGORIES) {
        for (const s of table.notes[lang][category]!.sources) {
          const source = SOURCES.find((candidate) => candidate.url === s.url)!
          // "WhatsApp", "WhatsApp Help Center", "arXiv": each names a site, not the page the link opens.
          const shown = [hostBrand(s.url), book.publisherName(source.publisher)]
          for (const brand of new Set([...shown, source.publisher])) {
            if (squash(s.label) === squash(brand)) problems.push(`${category}: "${s.label}" is just "${brand}"`)
          }
          for (const brand of new Set(shown)) {
            if (s.label.trim().length <= brand.trim().length) problems.push(`${category}: "${s.label}" says no more than "${brand}"`)
          }
        }
      }
      expect(problems).toEqual([])
    })
  }

  test('a source’s label: its topic after the publisher; alone when it names the publisher; else its title', () => {
    const book = { publisherName: (p: string) => (p === 'Help Centre' ? 'Help' : p), sourceTopic: (id: string) => ({ a: 'ticks', b: 'Acme Policy' })[id] ?? '' }
    const src = (id: string, publisher: string, title = `title ${id}`): Source => ({ id, title, publisher, url: `https://example.org/${id}`, date: 'undated', kind: 'official' })
    expect(sourceLabel(src('a', 'Help Centre'), book)).toBe('Help: ticks')
    expect(sourceLabel(src('b', 'Acme'), book)).toBe('Acme Policy')
    expect(sourceLabel(src('c', 'Acme', 'How tips work'), book)).toBe('Acme: How tips work')
  })

  test('official sources come first and at most 3 are named, whatever order a note lists them in', () => {
    const src = (id: string, kind: Source['kind'], publisher: string, url = `https://example.org/${id}`): Source => ({ id, title: id, publisher, url, date: 'undated', kind })
    const sources = [
      src('p', 'press', 'Paper'),
      src('r', 'research', 'Lab'),
      src('a', 'official', 'Help'),
      src('b', 'official', 'Help'),
      src('h', 'official', 'Help', 'http://insecure.example/h'),
    ]
    const book = noteBook('en')
    const got = tooltipSources({ sources, mainSources: ['p', 'r', 'a', 'b', 'h'] }, { publisherName: book.publisherName, sourceTopic: (id) => `topic ${id}` })
    expect(got).toEqual([
      { label: 'Help: topic a', url: 'https://example.org/a' },
      { label: 'Help: topic b', url: 'https://example.org/b' },
      { label: 'Lab: topic r', url: 'https://example.org/r' },
    ])
  })
})

describe('the whole hover note stays short', () => {
  // Everything one tooltip shows, as the overlay lays it out (label, then text), in characters.
  const HOVER_NOTE_MAX = 850
  const LINE_MAX = 180

  for (const lang of LANGS) {
    test(`${lang}: no tooltip exceeds ${HOVER_NOTE_MAX} characters, no line ${LINE_MAX}`, () => {
      const table = buildTooltipTable()
      const labels = table.labels[lang]
      const problems: string[] = []
      for (const category of CATEGORIES) {
        const tip = table.notes[lang][category]!
        const lines = [
          tip.title,
          tip.summary,
          tip.audience && `${labels.whoCanSee}: ${tip.audience}`,
          tip.sharedWith && `${labels.sharedWith}: ${tip.sharedWith}`,
          `${labels.kept}: ${tip.kept}`,
          `${labels.control}: ${tip.control}`,
          `${labels.sources}: ${tip.sources.map((s) => s.label).join(' · ')}`,
          labels.fullNote,
        ].filter(Boolean)
        const total = lines.join('\n').length
        if (total > HOVER_NOTE_MAX) problems.push(`${category}: ${total} chars`)
        for (const line of lines) if (line.length > LINE_MAX) problems.push(`${category}: ${line.length}-char line: ${line}`)
      }
      expect(problems).toEqual([])
    })
  }
})
