import { Component, type ComponentChildren } from 'preact'

/** Renders `fallback` instead of its children when they throw (a malformed summary, a missing label). */
// Preact starts a component's state as {}: `failed` is absent (false) until a child throws.
export class Guard extends Component<{ fallback: ComponentChildren; children?: ComponentChildren }, { failed?: boolean }> {
  componentDidCatch(error: unknown) {
    console.warn('[Metadata Lens] popup section failed to render', error)
    this.setState({ failed: true })
  }
  render() {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}
