import type { PopupActions } from '../actions'
import { t } from '../../ui/i18n'
import type { ConsoleSwitch } from '../state'

/** One switch per provider console. On = host permission granted, so the content script runs there. */
export function Consoles({
  consoles,
  actions,
  headingId,
}: {
  consoles: ConsoleSwitch[]
  actions: PopupActions
  headingId: string
}) {
  return (
    <section class="consoles" aria-labelledby={headingId} data-consoles>
      <h3 id={headingId}>{t('consolesHeading')}</h3>
      <p class="muted">{t('consolesIntro')}</p>
      {consoles.length === 0 && <p class="muted">{t('consolesNone')}</p>}
      {consoles.map((c) => {
        const id = `${headingId}-${c.id}`
        return (
          <div class="switch-row" key={c.id}>
            <input
              type="checkbox"
              id={id}
              data-console={c.id}
              checked={c.granted}
              disabled={c.busy}
              aria-describedby={`${id}-origins`}
              // permissions.request must run inside this handler (user gesture): no await before it.
              onChange={(e) => actions.setConsole(c, e.currentTarget.checked)}
            />
            <label for={id}>
              {c.name}
              <span id={`${id}-origins`} class="origins">
                {c.origins.map(hostOf).join(', ')}
              </span>
            </label>
          </div>
        )
      })}
    </section>
  )
}

function hostOf(pattern: string): string {
  return pattern.replace(/^[a-z*]+:\/\//, '').replace(/\/.*$/, '')
}
