import { describe, expect, it } from 'vitest'
import { CATEGORIES } from '../../../src/shared/categories'
import { BASE } from '../../../src/notes/base'
import { CONTEXT_RULE_IDS } from '../../../src/notes/context-rules'
import { EN_CONTEXT } from '../../../src/notes/i18n/en'
import { TRANSLATIONS } from '../../../src/notes/i18n'
import { allNotes, LANGS, noteFor, type Lang, type Note } from '../../../src/notes'

// Guards for classes of accuracy mistakes found in the notes audit (see facts.md for the fact ids).

/** Every user-visible string of a resolved note, with a readable path. */
function texts(note: Note): [string, string][] {
  const out: [string, string][] = [
    ['title', note.title],
    ['summary', note.summary],
    ['retention', note.retention.text],
    ['retentionHint', note.retentionHint],
    ['controlHint', note.controlHint],
  ]
  note.generated.forEach((g, i) => out.push([`generated[${i}]`, g.text]))
  note.audience.forEach((a, i) => {
    out.push([`audience[${i}].condition`, a.condition])
    out.push([`audience[${i}].detail`, a.detail])
  })
  note.sharing.forEach((s, i) => out.push([`sharing[${i}]`, s.text]))
  note.caveats.forEach((c, i) => out.push([`caveats[${i}]`, c.text]))
  note.controls.forEach((c, i) => {
    out.push([`controls[${i}].path`, c.path])
    c.options.forEach((o, j) => out.push([`controls[${i}].options[${j}]`, o]))
    c.exceptions.forEach((e, j) => out.push([`controls[${i}].exceptions[${j}]`, e]))
    if (c.reciprocity !== undefined) out.push([`controls[${i}].reciprocity`, c.reciprocity])
  })
  return out
}

function contextTexts(lang: Lang): [string, string][] {
  return CONTEXT_RULE_IDS.flatMap((id) => {
    const t = lang === 'en' ? EN_CONTEXT[id] : { ...EN_CONTEXT[id], ...TRANSLATIONS[lang].context[id] }
    return [
      [`context/${id}.title`, t.title],
      [`context/${id}.text`, t.text],
    ] as [string, string][]
  })
}

function everything(lang: Lang): [string, string][] {
  return [...allNotes(lang).flatMap((n) => texts(n).map(([f, t]) => [`${n.category}.${f}`, t] as [string, string])), ...contextTexts(lang)]
}

/**
 * Phrasings that overstated the sources. Each entry: why it is wrong, then the patterns per
 * language that must not come back.
 */
const BANNED: { why: string; patterns: Partial<Record<Lang, RegExp[]>> }[] = [
  {
    why: 'Absence of a published figure is only "not found in the sources reviewed" (retention must not be guessed or overstated)',
    patterns: {
      en: [/does not publish/i, /doesn’t publish/i, /WhatsApp does not say whether/i],
      de: [/veröffentlicht nicht/i, /WhatsApp sagt nicht, ob/i],
      es: [/no publica/i, /WhatsApp no dice si/i],
      'pt-BR': [/não publica/i, /WhatsApp não diz se/i],
    },
  },
  {
    why: 'Only last seen, online and read receipts are reciprocal, not "most" privacy settings',
    patterns: {
      en: [/most are reciprocal/i],
      de: [/die meisten wirken gegenseitig/i],
      es: [/la mayoría son recíprocos/i],
      'pt-BR': [/a maioria é recíproca/i],
    },
  },
  {
    why: 'Seeing blue ticks or a viewer button shows read receipts were on, not that they are on now (context rules)',
    patterns: {
      en: [/so your (own )?read receipts are on/i, /^Your read receipts are on$/i],
      de: [/also sind deine (eigenen )?Lesebestätigungen an/i],
      es: [/así que tus confirmaciones de lectura están activadas/i],
      'pt-BR': [/então suas confirmações de leitura estão ativadas/i],
    },
  },
  {
    why: 'The enumeration study could access ~57% of profile photos (press figure), not "collected most accounts"',
    patterns: {
      en: [/photos of most accounts/i],
      de: [/Bilder der meisten Konten/i],
      es: [/la mayoría de cuentas/i],
      'pt-BR': [/da maioria das contas/i],
    },
  },
  {
    why: 'ST-5 says the number is not shared per WhatsApp; "never" is stronger than the source',
    patterns: { en: [/never your number/i] },
  },
  {
    why: 'BZ-6: the "delivered" webhook may be skipped when "read" arrives at the same time',
    patterns: {
      en: [/“delivered” is always sent/i],
      de: [/„zugestellt“ wird immer gesendet/i],
      es: [/«entregado» siempre se envía/i],
      'pt-BR': [/“entregue” é sempre enviado/i],
    },
  },
  {
    why: 'BZ-10: blocks and reports are rating signals; a single block or report is not documented to lower it',
    patterns: {
      en: [/each block or report counts/i, /blocks and reports lower/i],
      de: [/jede Blockierung oder Meldung senkt/i, /Melden senkt/i],
      es: [/cada bloqueo o denuncia cuenta/i, /denunciar baja la/i],
      'pt-BR': [/cada bloqueio ou denúncia pesa/i, /denúncias baixam a/i],
    },
  },
  {
    why: 'No source ties the quality rating to how many people a business may message (BZ-10 vs BZ-11)',
    patterns: {
      en: [/can limit how many people/i],
      de: [/kann begrenzen, wie viele/i],
      es: [/puede limitar a cuántos/i],
      'pt-BR': [/pode limitar quantas pessoas/i],
    },
  },
  {
    why: 'No typing-indicator setting was *found* (LS-7); do not state that none exists',
    patterns: {
      en: [/typing indicator have no setting/i, /^No setting: stop typing/],
      de: [/Tipp-Anzeige haben keine Einstellung/i, /^Keine Einstellung: hör auf/],
      es: [/indicador de escritura no tienen ajuste/i, /^Sin ajuste: deja de escribir/],
      'pt-BR': [/“digitando…” não têm configuração/i, /^Sem configuração: pare de digitar/],
    },
  },
  {
    why: 'facts.md wrong-claims list (§13): content scanning, blanket opt-outs, GDPR compliance, "Meta cannot use numbers for ads"',
    patterns: {
      en: [
        /complies with (the )?GDPR/i,
        /opt out of data (mining|sharing)/i,
        /cannot use (WhatsApp )?phone numbers/i,
        /not shared in a way that is visible/i,
        /anonymi[sz]/i,
        /suspicious links/i,
      ],
    },
  },
]

describe('accuracy: banned overstatements', () => {
  for (const lang of LANGS) {
    it(`${lang}: none of the removed overstatements come back`, () => {
      const hits: string[] = []
      for (const [where, text] of everything(lang)) {
        for (const rule of BANNED) {
          for (const re of rule.patterns[lang] ?? []) {
            if (re.test(text)) hits.push(`${where}: /${re.source}/ — ${rule.why}`)
          }
        }
      }
      expect(hits).toEqual([])
    })
  }
})

describe('accuracy: retention', () => {
  it('English "Unknown" retention says where the gap is (sources reviewed, nothing found, or the business decides)', () => {
    for (const category of CATEGORIES) {
      const text = BASE[category].retention.text
      if (!/^Unknown/.test(text)) continue
      expect(text, category).toMatch(/sources reviewed|was found|business’s own privacy policy|^Unknown for old/)
    }
  })

  it('every Cloud API 30-day statement carries its scope (at rest, by default, "up to")', () => {
    const langs: Record<Lang, { api: RegExp; scope: RegExp[] }> = {
      en: { api: /Cloud API|service from Meta/, scope: [/up to 30 days/, /by default/i, /at rest/] },
      de: { api: /Cloud API|Dienst von Meta/, scope: [/bis zu 30 Tage/, /standardmäßig/i] },
      es: { api: /Cloud API|servicio seguro de Meta/, scope: [/hasta 30 días/, /por defecto/i] },
      'pt-BR': { api: /Cloud API|serviço seguro da Meta/, scope: [/até 30 dias/, /por padrão/i] },
    }
    for (const lang of LANGS) {
      const { api, scope } = langs[lang]
      for (const [where, text] of everything(lang)) {
        if (!/30 (days|Tage|días|dias)/.test(text) || !api.test(text)) continue
        for (const re of scope) expect(text, `${lang} ${where}`).toMatch(re)
      }
    }
  })
})

describe('accuracy: regions', () => {
  it('region-specific statements sit under the matching region', () => {
    for (const category of CATEGORIES) {
      for (const s of BASE[category].sharing) {
        if (/^Outside the European Region/.test(s.text)) expect(s.region, `${category}: ${s.text}`).toBe('elsewhere')
        else if (/WhatsApp Ireland|European Region|European users/.test(s.text)) expect(s.region, `${category}: ${s.text}`).toBe('european-region')
        if (/India/.test(s.text)) expect(s.region, `${category}: ${s.text}`).toBe('india')
        if (s.region === 'european-region') expect(s.text, 'UK controller may have changed (CH-5)').toMatch(/UK/)
      }
    }
  })
})

/** Numbers in a text, normalised so "2,000", "2.000" and "2000" compare equal. */
function numbers(text: string): string[] {
  return (text.match(/\d[\d.,]*\d|\d/g) ?? []).map((n) => n.replace(/[.,](?=\d{3}\b)/g, '').replace(/[.,]$/, '')).sort()
}

describe('accuracy: translations say the same numbers', () => {
  for (const lang of LANGS.filter((l) => l !== 'en')) {
    it(`${lang}: every field carries exactly the numbers of the English field`, () => {
      const diffs: string[] = []
      for (const category of CATEGORIES) {
        const en = texts(noteFor(category, 'en'))
        const tr = texts(noteFor(category, lang))
        en.forEach(([field, text], i) => {
          const got = numbers(tr[i]?.[1] ?? '')
          const want = numbers(text)
          if (got.join('|') !== want.join('|')) diffs.push(`${category}.${field}: en [${want}] vs ${lang} [${got}]`)
        })
      }
      const enCtx = contextTexts('en')
      contextTexts(lang).forEach(([where, text], i) => {
        const want = numbers(enCtx[i]?.[1] ?? '')
        const got = numbers(text)
        if (got.join('|') !== want.join('|')) diffs.push(`${where}: en [${want}] vs ${lang} [${got}]`)
      })
      expect(diffs).toEqual([])
    })
  }
})

describe('accuracy: the notes review (issue 17) stays fixed', () => {
  const REVIEW_BANNED: { why: string; en: RegExp }[] = [
    { why: 'play receipts with read receipts off conflict with the English help page (now only a caveat)', en: /^Voice-message play receipts are still sent/ },
    { why: 'no source says your number specifically is used for ads', en: /your number included/i },
    { why: 'timing inference is research about someone who knows your number, not a present-tense fact', en: /reveal your activity to anyone with your number/i },
    { why: '"often a vendor’s server" had no source', en: /often a vendor/i },
    { why: 'the India entry is brought up to date', en: /Meta has appealed to the Supreme Court\.$/ },
    { why: 'a figure known only from the press is "reported", not stated as the study’s', en: /^Your profile photo is shown to whoever your setting allows; in 2024/ },
  ]
  it('none of the reviewed statements come back', () => {
    const hits: string[] = []
    for (const [where, text] of everything('en')) for (const r of REVIEW_BANNED) if (r.en.test(text)) hits.push(`${where}: ${r.why}`)
    expect(hits).toEqual([])
  })

  it('notes that rest on the press-only enumeration figures are "reported"', () => {
    for (const category of CATEGORIES) {
      const cites = [...BASE[category].sharing, ...BASE[category].caveats].some((c) => c.sources.includes('pr-enum-2025'))
      if (cites) expect(BASE[category].confidence, category).toBe('reported')
    }
  })

  it('the blue-ticks rule says it holds only as long as both keep read receipts on, in every language', () => {
    const words: Record<Lang, RegExp> = {
      en: /as long as both of you keep them on/,
      de: /solange ihr beide sie anlasst/,
      es: /mientras ambos las mantengan activadas/,
      'pt-BR': /enquanto vocês dois as mantiverem ativadas/,
    }
    for (const lang of LANGS) {
      const [, text] = contextTexts(lang).find(([where]) => where === 'context/reciprocal-read-receipts.text')!
      expect(text, lang).toMatch(words[lang])
    }
  })

  it('translated setting paths use the app’s own words, never half English', () => {
    const english = /\b(Settings|Privacy|Last seen|Default message timer|Advanced|Read receipts|Profile photo|Block unknown)\b/
    for (const lang of LANGS.filter((l) => l !== 'en')) {
      for (const category of CATEGORIES) {
        const note = noteFor(category, lang)
        for (const c of note.controls) expect(c.path, `${lang}/${category}`).not.toMatch(english)
        expect(note.controlHint, `${lang}/${category}`).not.toMatch(english)
      }
    }
  })

  it('store-label mappings are gone (unsourced, and they contradicted the stores’ definitions)', () => {
    for (const lang of LANGS) for (const note of allNotes(lang)) expect(Object.keys(note)).not.toContain('storeLabels')
  })
})
