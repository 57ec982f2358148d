// happy-dom matches the selector of element.querySelectorAll / querySelector only inside the element:
// `row.querySelectorAll('#pane-side [data-icon]')` finds nothing there, though the spec (and every
// browser) lets the selector's ancestors lie outside the element. Detectors rely on the browsers'
// behaviour (context in the selector, checked natively), so unit tests get it too: a selector with
// a combinator is answered from the whole document and narrowed to the element's descendants.
// Tests only; tests/unit/setup.test.ts checks this against the spec's examples.

const COMBINATOR = /[\s>+~]/
/** Selectors that may reach outside the element; :scope ones are anchored to it and stay native. */
const reachesOut = (selector: string) => COMBINATOR.test(selector.trim()) && !selector.includes(':scope')

function patch(proto: Element): void {
  const all = proto.querySelectorAll
  const one = proto.querySelector
  proto.querySelectorAll = function (this: Element, selector: string) {
    if (!reachesOut(selector) || !this.isConnected) return all.call(this, selector)
    const scoped = Array.from(this.ownerDocument.querySelectorAll(selector)).filter((el) => el !== this && this.contains(el))
    return scoped as unknown as NodeListOf<Element>
  } as typeof proto.querySelectorAll
  proto.querySelector = function (this: Element, selector: string) {
    if (!reachesOut(selector) || !this.isConnected) return one.call(this, selector)
    return (this.querySelectorAll(selector) as unknown as Element[])[0] ?? null
  } as typeof proto.querySelector
}

patch(Element.prototype)
