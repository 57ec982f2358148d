import { resolveSources } from '../notes/resolve'
import type { Source, SourceRef } from '../notes/types'
import type { MySettingId } from './values'

// Sources of the checkup's claims: the notes' table, plus Meta's engineering post on call settings
// (facts CA-1, CA-2), which that table does not hold.

const OWN: readonly Source[] = [
  {
    id: 'meta-eng-calls',
    title: 'WhatsApp calls: enhancing security (Silence Unknown Callers, Protect IP Address in Calls)',
    publisher: 'Meta Engineering',
    url: 'https://engineering.fb.com/2023/11/08/security/whatsapp-calls-enhancing-security/',
    date: '2023-11-08',
    kind: 'official',
  },
]

export function checkupSources(refs: readonly SourceRef[]): Source[] {
  return refs.flatMap((ref) => OWN.find((s) => s.id === ref) ?? resolveSources([ref]))
}

/** Where each setting's lines in the popup come from (facts ids beside them). */
export const SETTING_SOURCES: Readonly<Record<MySettingId, readonly SourceRef[]>> = {
  'last-seen': ['wa-privacy', 'wa-lastseen'], // LS-1..LS-4
  online: ['wa-privacy', 'wa-lastseen'], // LS-1..LS-4
  'profile-photo': ['wa-privacy'], // PR-1
  about: ['wa-privacy'], // PR-1
  status: ['wa-status-privacy'], // ST-1, ST-2
  'read-receipts': ['wa-privacy', 'wa-ticks'], // RR-7..RR-9
  groups: ['wa-privacy'], // GR-2 (press quoting the Help Center)
  'default-timer': ['wa-disappearing'], // DM-1, DM-2
  'live-location': ['wa-linked'], // LL-1, LD-1
  'silence-unknown-callers': ['meta-eng-calls', 'wa-privacy'], // CA-1, CA-3
  'protect-ip-in-calls': ['meta-eng-calls'], // CA-2
  'block-unknown-messages': ['wa-block-unknown'], // RES-1
  'blocked-contacts': ['wa-le'], // LE-1
}
