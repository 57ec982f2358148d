import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { cleanup, fireEvent, render } from '@testing-library/preact'
import { MarkerStyles } from '../../../src/popup/components/MarkerStyles'
import { DEFAULT_SETTINGS } from '../../../src/settings/schema'
import { useEnglish, useGerman } from './fixtures'

beforeEach(useEnglish)
afterEach(cleanup)

describe('MarkerStyles: a marker style per category', () => {
  it('shows the stored choice, and the page-wide style for categories without one', () => {
    const { container } = render(
      <MarkerStyles settings={DEFAULT_SETTINGS} titles={{ 'profile-photo': 'Profile photo' }} onChange={() => {}} />,
    )
    const photo = container.querySelector<HTMLSelectElement>('[data-marker-style-for="profile-photo"]')!
    expect(photo.value).toBe('ring')
    expect(container.querySelector('label[for="marker-style-profile-photo"]')!.textContent).toBe('Profile photo')
    expect(container.querySelector<HTMLSelectElement>('[data-marker-style-for="read-receipt"]')!.value).toBe('')
    expect([...photo.options].map((o) => o.textContent)).toEqual(['Like the others', 'Dot', 'Hairline ring', 'Outline', 'Tooltip only'])
  })

  it('choosing a style or "like the others" hands the whole new map on', () => {
    const onChange = vi.fn()
    const { container } = render(<MarkerStyles settings={DEFAULT_SETTINGS} titles={{}} onChange={onChange} />)
    const tick = container.querySelector<HTMLSelectElement>('[data-marker-style-for="read-receipt"]')!
    tick.value = 'ring'
    fireEvent.change(tick)
    expect(onChange).toHaveBeenLastCalledWith({ 'profile-photo': 'ring', 'read-receipt': 'ring' })
    const photo = container.querySelector<HTMLSelectElement>('[data-marker-style-for="profile-photo"]')!
    photo.value = ''
    fireEvent.change(photo)
    expect(onChange).toHaveBeenLastCalledWith({})
  })

  it('offers only the groups asked for, in the popup language', () => {
    useGerman()
    const { container } = render(
      <MarkerStyles settings={DEFAULT_SETTINGS} titles={{}} onChange={() => {}} groups={['business']} />,
    )
    expect(container.querySelector('[data-marker-style-for="read-receipt"]')).toBeNull()
    expect(container.querySelector('[data-marker-style-for="business-template"]')).not.toBeNull()
    expect(container.querySelector('summary')!.textContent).toBe('Markierung je Kategorie')
  })
})
