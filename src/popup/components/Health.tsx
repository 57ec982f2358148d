import type { PageSummary } from '../../shared/page'
import { t } from '../../ui/i18n'
import { statusLabel } from '../../ui/labels'
import { failingCoreDetectors } from '../state'

/** The plain warning when detectors WhatsApp usually satisfies find nothing; their names behind a disclosure. */
export function Health({ summary }: { summary: PageSummary }) {
  const failing = failingCoreDetectors(summary)
  if (!failing.length) return null
  const rows = summary.health.filter((h) => !!h && typeof h === 'object')
  return (
    <section class="warning" data-health="warning" role="status" aria-labelledby="health-heading">
      <h2 id="health-heading">{t('healthHeading')}</h2>
      <p>{t('healthWarning')}</p>
      <details class="health-details">
        <summary>{t('healthDetails')}</summary>
        <p class="muted">{t('healthLocal')}</p>
        <ul class="health-list">
          {rows.map((h, i) => (
            <li key={`${String(h.id)}-${i}`} data-detector={String(h.id)} data-status={String(h.status)}>
              <code>{String(h.id)}</code>
              {': '}
              {statusLabel(h.status)}
              {h.status === 'ok' && typeof h.matches === 'number' && ` (${h.matches})`}
              {h.core === true && <span class="muted">{` · ${t('detectorCore')}`}</span>}
            </li>
          ))}
        </ul>
      </details>
    </section>
  )
}
