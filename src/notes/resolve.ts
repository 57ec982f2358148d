import type { Category } from '../shared/categories'
import type { BaseNote } from './base'
import type { NoteTranslation } from './i18n/types'
import type { Claim, Note, Source, SourceRef } from './types'
import { sourceById } from './sources'

// Field-by-field resolution: a translated field wins only if present and non-empty;
// otherwise the English field is used. Arrays fall back element by element.

const pick = (translated: string | undefined, english: string): string =>
  typeof translated === 'string' && translated.trim() !== '' ? translated : english

const pickEach = (translated: readonly string[] | undefined, english: readonly string[]): string[] =>
  english.map((text, i) => pick(translated?.[i], text))

const claim = (base: Claim, translated: string | undefined): Claim => ({ ...base, text: pick(translated, base.text) })

/** Every source id a note refers to, in order of first use. */
export function noteSourceRefs(base: BaseNote): SourceRef[] {
  const refs: SourceRef[] = []
  const add = (ids: readonly SourceRef[]) => {
    for (const id of ids) if (!refs.includes(id)) refs.push(id)
  }
  for (const g of base.generated) add(g.sources)
  for (const s of base.sharing) add(s.sources)
  add(base.retention.sources)
  for (const ctl of base.controls) add(ctl.sources)
  for (const cav of base.caveats) add(cav.sources)
  return refs
}

export function resolveSources(refs: readonly SourceRef[]): Source[] {
  return refs.map(sourceById).filter((s): s is Source => s !== undefined)
}

export function resolveNote(category: Category, base: BaseNote, t: NoteTranslation | undefined): Note {
  return {
    category,
    title: pick(t?.title, base.title),
    summary: pick(t?.summary, base.summary),
    generated: base.generated.map((g, i) => claim(g, t?.generated?.[i])),
    audience: base.audience.map((a, i) => ({
      who: a.who,
      // A condition is never dropped: a missing translation falls back to the English condition.
      condition: a.condition ? pick(t?.audience?.[i]?.condition, a.condition) : '',
      detail: pick(t?.audience?.[i]?.detail, a.detail),
    })),
    sharing: base.sharing.map((s, i) => ({ ...s, text: pick(t?.sharing?.[i], s.text) })),
    retention: claim(base.retention, t?.retention),
    retentionHint: pick(t?.retentionHint, base.retentionHint),
    controls: base.controls.map((ctl, i) => {
      const tc = t?.controls?.[i]
      const out = {
        ...ctl,
        path: pick(tc?.path, ctl.path),
        options: pickEach(tc?.options, ctl.options),
        exceptions: pickEach(tc?.exceptions, ctl.exceptions),
      }
      if (ctl.reciprocity !== undefined) out.reciprocity = pick(tc?.reciprocity, ctl.reciprocity)
      return out
    }),
    controlHint: pick(t?.controlHint, base.controlHint),
    caveats: base.caveats.map((cav, i) => claim(cav, t?.caveats?.[i])),
    sources: resolveSources(noteSourceRefs(base)),
    mainSources: [...base.mainSources],
    confidence: base.confidence,
    reviewed: base.reviewed,
  }
}
