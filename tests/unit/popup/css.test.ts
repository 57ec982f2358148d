import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// RTL and long translations: the extension pages' CSS uses logical properties only, and has a
// dark theme and a visible focus ring.
const ROOT = join(__dirname, '../../..')
const files = ['src/ui/base.css', 'src/popup/popup.css', 'src/library/library.css']
const css = (f: string) => readFileSync(join(ROOT, f), 'utf8')

describe('extension page CSS', () => {
  it.each(files)('%s uses no physical left/right properties', (f) => {
    const physical = css(f).match(
      /(?:^|[\s;{])(?:margin|padding|border)-(?:left|right)\b|(?:^|[\s;{])(?:left|right)\s*:|text-align\s*:\s*(?:left|right)|float\s*:\s*(?:left|right)/gm,
    )
    expect(physical).toBeNull()
  })

  it('has a dark theme and a visible focus ring', () => {
    const popup = css('src/ui/base.css')
    expect(popup).toMatch(/@media \(prefers-color-scheme: dark\)/)
    expect(popup).toMatch(/:focus-visible\s*{[^}]*outline:\s*2px solid/)
    // the count's screen-reader text must stay visually hidden
    expect(popup).toMatch(/\.sr-only\s*{[^}]*clip-path:\s*inset\(50%\)/)
  })
})
