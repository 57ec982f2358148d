import type { PopupActions } from '../actions'
import { t } from '../../ui/i18n'
import type { ElsewhereState } from '../state'
import { Consoles } from './Consoles'

/** A page the extension does not annotate: what it does, Open WhatsApp Web, Annotate this page, provider consoles. */
export function Elsewhere({ state, actions }: { state: ElsewhereState; actions: PopupActions }) {
  const { annotate } = state
  return (
    <>
      <section aria-labelledby="elsewhere-heading" data-elsewhere>
        <h2 id="elsewhere-heading">{t('elsewhereHeading')}</h2>
        <p>{t('elsewhereIntro')}</p>
        <div class="row-actions">
          <button type="button" id="open-whatsapp" onClick={() => actions.openWhatsApp()}>
            {t('openWhatsApp')}
          </button>
          <button
            type="button"
            id="annotate-page"
            class="secondary"
            disabled={state.tabId === null || annotate.kind === 'pending'}
            onClick={() => actions.annotatePage()}
          >
            {t('annotatePage')}
          </button>
        </div>
        <p class="muted">{t('annotateIntro')}</p>
        <p role="status" class="annotate-result" data-annotate-result={annotate.kind === 'done' ? String(annotate.ok) : annotate.kind}>
          {annotate.kind === 'pending' && t('annotatePending')}
          {annotate.kind === 'done' && annotate.ok && t('annotateDone')}
          {annotate.kind === 'done' && !annotate.ok && t('annotateFailed', annotate.error ?? t('annotateNoReason'))}
        </p>
      </section>
      <Consoles consoles={state.consoles} actions={actions} headingId="consoles-heading-elsewhere" />
    </>
  )
}
