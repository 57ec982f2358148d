import type { Lang } from '../../notes/types'
import { checkupTexts } from '../../checkup/texts'
import { checkupSources, SETTING_SOURCES } from '../../checkup/sources'
import { daysSince, isStale, lastRead, MY_SETTING_IDS, type MySettingId, type MySettings as Stored, type StoredSetting } from '../../checkup/values'
import type { ByValue, ValueLabelKey } from '../../checkup/texts/types'
import { t } from '../../ui/i18n'
import './my-settings.css'

/** What the section shows: the stored values, what was dropped when loading them, and the time now. */
export interface MySettingsState {
  settings: Stored
  problems: string[]
  now: number
}

interface Props {
  mine: MySettingsState | undefined
  lang: Lang
  onForget: () => void
}

const isCount = (value: string) => /^\d+$/.test(value)

function readAgo(readAt: number, now: number): string {
  const days = daysSince(readAt, now)
  if (days === 0) return t('mySettingsReadToday')
  if (days === 1) return t('mySettingsReadOneDay')
  return t('mySettingsReadDays', String(days))
}

function byValue(table: ByValue | undefined, value: string): string | undefined {
  return table?.[isCount(value) ? 'count' : (value as ValueLabelKey)]
}

/** "Your privacy settings": the values read from Settings › Privacy, each with who can see it. */
export function MySettings({ mine, lang, onForget }: Props) {
  if (!mine) return null
  const ids = MY_SETTING_IDS.filter((id) => mine.settings[id])
  const newest = lastRead(mine.settings)
  return (
    <section class="my-settings" data-my-settings={ids.length ? 'filled' : 'empty'} aria-labelledby="my-settings-heading">
      <h2 id="my-settings-heading">{t('mySettingsHeading')}</h2>
      {mine.problems.length > 0 && (
        <p class="notice" role="status" data-my-settings-repaired>
          {t('mySettingsRepaired')}
        </p>
      )}
      {ids.length === 0 && (
        <p class="my-invite" data-my-settings-invite>
          {t('mySettingsInvite')}
        </p>
      )}
      {ids.length > 0 && isStale(mine.settings, mine.now) && (
        <p class="warning my-stale" role="status" data-my-settings-stale>
          {t('mySettingsStale')}
        </p>
      )}
      {ids.length > 0 && newest !== null && (
        <p class="muted my-read" data-my-settings-read>
          {readAgo(newest, mine.now)} · {t('mySettingsLocal')}
        </p>
      )}
      {ids.length > 0 && (
        <ul class="my-list">
          {ids.map((id) => (
            <Setting key={id} id={id} stored={mine.settings[id]!} now={mine.now} lang={lang} showRead={mine.settings[id]!.readAt !== newest} />
          ))}
        </ul>
      )}
      {ids.length > 0 && (
        <button type="button" class="secondary" data-my-settings-forget onClick={onForget}>
          {t('mySettingsForget')}
        </button>
      )}
    </section>
  )
}

function Setting({ id, stored, now, lang, showRead }: { id: MySettingId; stored: StoredSetting; now: number; lang: Lang; showRead: boolean }) {
  const texts = checkupTexts(lang)
  const { value } = stored
  const label = isCount(value) ? value : texts.value[value as ValueLabelKey]
  const who = value === 'unknown' ? t('mySettingsUnknownWho') : byValue(texts.whoCanSee[id], value)
  const suggestion = byValue(texts.suggestion[id], value)
  const sources = checkupSources(SETTING_SOURCES[id])
  return (
    <li class="my-setting" data-my-setting={id} data-value={value}>
      <div class="my-row">
        <span class="my-name">{texts.setting[id]}</span>
        <strong class="my-value">{label}</strong>
      </div>
      {who && (
        <p class="my-who">
          <span class="muted">{t('mySettingsWho')}</span> {who}
        </p>
      )}
      {suggestion && <p class="my-suggestion">{suggestion}</p>}
      <details class="my-more">
        <summary>{t('mySettingsMore')}</summary>
        <p>
          <span class="muted">{t('mySettingsExposes')}</span> {texts.exposes[id]}
        </p>
        {showRead && <p class="muted">{readAgo(stored.readAt, now)}</p>}
        <ul class="inline-sources" aria-label={t('noteSources')}>
          {sources.map((s) =>
            /^https:\/\//i.test(s.url) ? (
              <li key={s.id}>
                <a href={s.url} target="_blank" rel="noreferrer">
                  {s.title}
                </a>
              </li>
            ) : null,
          )}
        </ul>
      </details>
    </li>
  )
}
