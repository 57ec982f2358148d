import { describe, expect, it } from 'vitest'
import { CATEGORIES } from '../../../src/shared/categories'
import { BASE } from '../../../src/notes/base'
import { TRANSLATIONS } from '../../../src/notes/i18n'
import { allNotes, audienceLabel, AUDIENCES, LANGS, noteFor, regionLabel, REGIONS, type Note } from '../../../src/notes'
import { noteSourceRefs, resolveNote } from '../../../src/notes/resolve'
import { SOURCES, SOURCE_BY_ID } from '../../../src/notes/sources'


/** Every string field of a resolved note, with a path for readable failures. */
function stringFields(note: Note): [string, string][] {
  const out: [string, string][] = [
    ['title', note.title],
    ['summary', note.summary],
    ['retention', note.retention.text],
    ['retentionHint', note.retentionHint],
    ['controlHint', note.controlHint],
    ['reviewed', note.reviewed],
  ]
  note.generated.forEach((g, i) => out.push([`generated[${i}]`, g.text]))
  note.audience.forEach((a, i) => out.push([`audience[${i}].detail`, a.detail]))
  note.sharing.forEach((s, i) => out.push([`sharing[${i}]`, s.text]))
  note.caveats.forEach((c, i) => out.push([`caveats[${i}]`, c.text]))
  note.controls.forEach((c, i) => {
    c.options.forEach((o, j) => out.push([`controls[${i}].options[${j}]`, o]))
    c.exceptions.forEach((e, j) => out.push([`controls[${i}].exceptions[${j}]`, e]))
    if (c.reciprocity !== undefined) out.push([`controls[${i}].reciprocity`, c.reciprocity])
  })
  return out
}

describe('notes: completeness in every language', () => {
  for (const lang of LANGS) {
    it(`${lang}: every category has a complete note`, () => {
      const notes = allNotes(lang)
      expect(notes.map((n) => n.category)).toEqual([...CATEGORIES])
      for (const note of notes) {
        const where = `${lang}/${note.category}`
        for (const [field, value] of stringFields(note)) {
          expect(value.trim(), `${where}.${field} is empty`).not.toBe('')
        }
        expect(note.generated.length, `${where}.generated`).toBeGreaterThan(0)
        expect(note.audience.length, `${where}.audience`).toBeGreaterThan(0)
        expect(note.controls.length, `${where}.controls`).toBeGreaterThan(0)
        expect(note.sources.length, `${where}.sources`).toBeGreaterThan(0)
        expect(['documented', 'reported', 'inferred']).toContain(note.confidence)
        expect(note.reviewed, `${where}.reviewed`).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(note.reviewed).toBe(BASE[note.category].reviewed)
      }
    })

    it(`${lang}: summaries are one tooltip line (≤160 chars)`, () => {
      for (const note of allNotes(lang)) {
        expect(note.summary.length, `${lang}/${note.category}: ${note.summary}`).toBeLessThanOrEqual(160)
      }
    })

    it(`${lang}: audience and region labels exist`, () => {
      for (const who of AUDIENCES) expect(audienceLabel(who, lang).trim()).not.toBe('')
      for (const region of REGIONS) expect(regionLabel(region, lang).trim()).not.toBe('')
    })
  }

  // The resolver would hide gaps behind the English fallback, so check the raw tables too.
  for (const [lang, table] of Object.entries(TRANSLATIONS)) {
    it(`${lang}: translation table covers every field of every category`, () => {
      const missing: string[] = []
      const need = (ok: boolean, what: string) => {
        if (!ok) missing.push(what)
      }
      const filled = (s: string | undefined) => typeof s === 'string' && s.trim() !== ''
      for (const category of CATEGORIES) {
        const base = BASE[category]
        const t = table.notes[category]
        const w = `${lang}/${category}`
        if (!t) {
          missing.push(`${w} (no entry)`)
          continue
        }
        need(filled(t.title), `${w}.title`)
        need(filled(t.summary), `${w}.summary`)
        need(filled(t.retention), `${w}.retention`)
        need(filled(t.retentionHint), `${w}.retentionHint`)
        need(filled(t.controlHint), `${w}.controlHint`)
        const arr = (name: string, got: string[] | undefined, want: number) => {
          need(got?.length === want && got.every(filled), `${w}.${name} (${got?.length ?? 0}/${want})`)
        }
        arr('generated', t.generated, base.generated.length)
        need(t.audience?.length === base.audience.length, `${w}.audience (${t.audience?.length ?? 0}/${base.audience.length})`)
        base.audience.forEach((a, i) => {
          const ta = t.audience?.[i]
          need(filled(ta?.detail), `${w}.audience[${i}].detail`)
          // A condition is translated exactly where English has one (a bare translated name would drop it).
          need(a.condition ? filled(ta?.condition) : ta?.condition === undefined, `${w}.audience[${i}].condition`)
        })
        arr('sharing', t.sharing, base.sharing.length)
        arr('caveats', t.caveats, base.caveats.length)
        need(t.controls?.length === base.controls.length, `${w}.controls length`)
        base.controls.forEach((ctl, i) => {
          const tc = t.controls?.[i]
          if (ctl.path !== '') need(filled(tc?.path), `${w}.controls[${i}].path`)
          arr(`controls[${i}].options`, ctl.options.length ? tc?.options : [], ctl.options.length)
          arr(`controls[${i}].exceptions`, ctl.exceptions.length ? tc?.exceptions : [], ctl.exceptions.length)
          if (ctl.reciprocity !== undefined) need(filled(tc?.reciprocity), `${w}.controls[${i}].reciprocity`)
        })
      }
      for (const id of Object.keys(TRANSLATIONS)) expect(id).not.toBe('en')
      for (const who of AUDIENCES) need(filled(table.audience[who]), `${lang} audience ${who}`)
      for (const region of REGIONS) need(filled(table.region[region]), `${lang} region ${region}`)
      expect(missing).toEqual([])
    })
  }
})

describe('notes: sources', () => {
  it('source ids are unique', () => {
    expect(new Set(SOURCES.map((s) => s.id)).size).toBe(SOURCES.length)
  })

  it('every source is well formed with an https URL', () => {
    for (const s of SOURCES) {
      expect(s.title.trim(), s.id).not.toBe('')
      expect(s.publisher.trim(), s.id).not.toBe('')
      expect(new URL(s.url).protocol, s.id).toBe('https:')
      expect(s.date, s.id).toMatch(/^(undated|\d{4}-\d{2}(-\d{2})?)$/)
      expect(['official', 'research', 'press']).toContain(s.kind)
    }
  })

  it('every SourceRef in every note resolves, and each claim group has a source', () => {
    for (const category of CATEGORIES) {
      const base = BASE[category]
      const groups = [
        ...base.generated.map((g) => g.sources),
        ...base.sharing.map((s) => s.sources),
        base.retention.sources,
        ...base.controls.map((c) => c.sources),
        ...base.caveats.map((c) => c.sources),
      ]
      for (const refs of groups) {
        expect(refs.length, `${category}: claim without source`).toBeGreaterThan(0)
        for (const ref of refs) expect(SOURCE_BY_ID.has(ref), `${category}: unknown source ${ref}`).toBe(true)
      }
      expect(noteFor(category, 'en').sources.map((s) => s.id)).toEqual(noteSourceRefs(base))
    }
  })

  it('every policy claim rests on at least one official source', () => {
    const isOfficial = (id: string) => SOURCE_BY_ID.get(id)?.kind === 'official'
    for (const category of CATEGORIES) {
      const base = BASE[category]
      const policyGroups = [
        ...base.generated.filter((g) => g.policy).map((g) => [g.text, g.sources] as const),
        ...base.sharing.filter((s) => s.policy).map((s) => [s.text, s.sources] as const),
        ...(base.retention.policy ? [[base.retention.text, base.retention.sources] as const] : []),
        ...base.caveats.filter((c) => c.policy).map((c) => [c.text, c.sources] as const),
      ]
      for (const [text, refs] of policyGroups) {
        expect(refs.some(isOfficial), `${category}: policy claim without official source: ${text}`).toBe(true)
      }
    }
  })

  it('side-channel claims rest on research sources', () => {
    const sideChannel = /research|side channel|receipt timing|timing (silent )?delivery/i
    for (const category of CATEGORIES) {
      for (const claim of [...BASE[category].generated, ...BASE[category].caveats]) {
        if (!sideChannel.test(claim.text)) continue
        expect(
          claim.sources.some((id) => SOURCE_BY_ID.get(id)?.kind === 'research'),
          `${category}: ${claim.text}`,
        ).toBe(true)
      }
    }
  })

  it('does not carry over the debunked content-scanning claim', () => {
    for (const lang of LANGS) {
      const text = JSON.stringify(allNotes(lang)).toLowerCase()
      expect(text).not.toMatch(/machine learning|scan(s|ned)? (the )?content|analy[sz]es? (the )?content/)
    }
  })
})

describe('notes: field-by-field fallback', () => {
  it('uses translated fields where present and English elsewhere', () => {
    const base = BASE['read-receipt']
    const partial = {
      title: 'Lesebestätigung',
      summary: '   ',
      generated: ['Erster Punkt'],
      controls: [{ path: 'Einstellungen › Datenschutz › Lesebestätigungen', exceptions: ['', 'Ausnahme 2'] }],
    }
    const note = resolveNote('read-receipt', base, partial)
    expect(note.title).toBe('Lesebestätigung')
    expect(note.summary).toBe(base.summary) // blank → English
    expect(note.generated[0]?.text).toBe('Erster Punkt')
    expect(note.generated[1]?.text).toBe(base.generated[1]?.text) // missing element → English
    expect(note.generated[0]?.sources).toEqual(base.generated[0]?.sources)
    expect(note.controls[0]?.path).toBe('Einstellungen › Datenschutz › Lesebestätigungen')
    expect(note.controls[0]?.options).toEqual(base.controls[0]?.options)
    expect(note.controls[0]?.exceptions[0]).toBe(base.controls[0]?.exceptions[0])
    expect(note.controls[0]?.exceptions[1]).toBe('Ausnahme 2')
    expect(note.controls[0]?.reciprocity).toBe(base.controls[0]?.reciprocity)
    expect(note.retention.text).toBe(base.retention.text)
    expect(note.retentionHint).toBe(base.retentionHint)
    expect(note.audience.map((a) => [a.condition, a.detail])).toEqual(base.audience.map((a) => [a.condition, a.detail]))
    expect(note.controlHint).toBe(base.controlHint)
  })

  it('with no translation at all, the note equals the English one', () => {
    expect(resolveNote('last-seen', BASE['last-seen'], undefined)).toEqual(noteFor('last-seen', 'en'))
  })

  it('translated notes keep English structure (who, regions, sources, confidence)', () => {
    for (const lang of LANGS) {
      for (const category of CATEGORIES) {
        const en = noteFor(category, 'en')
        const tr = noteFor(category, lang)
        expect(tr.audience.map((a) => a.who)).toEqual(en.audience.map((a) => a.who))
        expect(tr.audience.map((a) => a.condition !== ''), `${lang}/${category} conditions`).toEqual(en.audience.map((a) => a.condition !== ''))
        expect(tr.sharing.map((s) => s.region)).toEqual(en.sharing.map((s) => s.region))
        expect(tr.sources).toEqual(en.sources)
        expect(tr.mainSources).toEqual(en.mainSources)
        expect(tr.confidence).toBe(en.confidence)
      }
    }
  })
})
