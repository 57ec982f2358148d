// Lives inside our shadow root only: WhatsApp's CSS cannot reach inside and ours cannot leak out.
// The :host rules are !important because, for important declarations, the shadow tree's own
// rules win over the page's (CSS Scoping, cascade by context), even over an inline style on the
// host: a page stylesheet cannot hide, shrink or move the overlay.
export const OVERLAY_CSS = `
:host { all: initial !important; display: block !important; position: fixed !important; inset: 0 auto auto 0 !important;
  width: 0 !important; height: 0 !important; margin: 0 !important; z-index: 2147483646 !important;
  pointer-events: none !important; visibility: visible !important; opacity: 1 !important; transform: none !important;
  clip-path: none !important; filter: none !important; contain: none !important; overflow: visible !important;
  /* all: initial leaves direction alone: an RTL page would lay out our (left-to-right) notes backwards. */
  direction: ltr !important; unicode-bidi: isolate !important; }
.layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; }
.marker { position: fixed; left: 0; top: 0; box-sizing: border-box; margin: 0; padding: 0; visibility: visible;
  pointer-events: none; border: 0; background: transparent; font: 0/0 a; color: transparent; }
.marker:focus { outline: none; }
.marker[data-shape="dot"] { width: 9px; height: 9px; border-radius: 50%; pointer-events: auto; cursor: help;
  background: #7c4dff; box-shadow: 0 0 0 1.5px #fff, 0 0 0 2.5px rgba(0,0,0,.35); }
/* A bigger hit area than the 9 px disc, without painting over anything. */
.marker[data-shape="dot"]::after { content: ""; position: absolute; inset: -3px; border-radius: 50%; }
.marker[data-shape="ring"] { border: 1px solid rgba(124,77,255,.8); border-radius: 6px; }
.marker[data-shape="ring"][data-round] { border-radius: 50%; }
.marker[data-shape="outline"] { border: 1.5px dashed #7c4dff; border-radius: 4px; box-shadow: 0 0 0 1px rgba(255,255,255,.7); }
.marker[data-shape="underline"] { background: #7c4dff; border-radius: 1px; pointer-events: auto; cursor: help; }
.marker[data-shape="underline"]::after { content: ""; position: absolute; inset: -3px 0; }
.marker[data-invisible] { width: 1px; height: 1px; opacity: 0; pointer-events: none; }
.marker:focus-visible { opacity: 1; outline: 2px solid #ffb300; outline-offset: 2px; }
.marker.flash { animation: flash 0.5s ease-in-out 3; }
@keyframes flash { 50% { filter: drop-shadow(0 0 6px #ffb300); opacity: .4; } }
/* The note: a compact hover card (width capped, never taller than the window: it scrolls then). */
.tooltip { position: fixed; left: 0; top: 0; width: max-content; max-width: min(300px, calc(100vw - 16px));
  max-height: calc(100vh - 16px); display: flex; flex-direction: column; box-sizing: border-box; visibility: visible;
  padding: 10px 12px; border-radius: 8px; background: #1f1b2e; color: #f5f3ff;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start;
  box-shadow: 0 6px 24px rgba(0,0,0,.3); border: 1px solid #7c4dff; pointer-events: auto;
  overflow-wrap: anywhere; unicode-bidi: plaintext;
  --accent: #c4b5fd; --rule: rgba(196,181,253,.25); }
.tooltip[hidden] { display: none; }
.tooltip .body { min-height: 0; overflow: auto; overscroll-behavior: contain; }
.tooltip .arrow { position: absolute; left: 0; width: 10px; height: 10px; background: inherit;
  border: 1px solid #7c4dff; box-sizing: border-box; transform: rotate(45deg); pointer-events: none; }
.tooltip[data-placement="bottom"] .arrow { top: -6px; border-right: 0; border-bottom: 0; }
.tooltip[data-placement="top"] .arrow { bottom: -6px; border-left: 0; border-top: 0; }
.tooltip p { margin: 0 0 5px; }
.tooltip p:last-child { margin-bottom: 0; }
.tooltip .title { font-weight: 600; font-size: 14px; margin: 0; }
.tooltip .text { margin-top: 4px; }
.tooltip .summary { margin-bottom: 7px; }
.tooltip .label { color: var(--accent); font-weight: 600; }
.tooltip .links { font-size: 12px; margin-top: 7px; padding-top: 6px; border-top: 1px solid var(--rule); }
.tooltip .text:empty, .tooltip .links:empty { display: none; }
.tooltip a { color: var(--accent); text-decoration: underline; text-underline-offset: 2px; }
.tooltip .full-note { all: unset; color: var(--accent); font-weight: 600; text-decoration: underline;
  text-underline-offset: 2px; cursor: pointer; }
.tooltip a:focus-visible, .tooltip .full-note:focus-visible { outline: 2px solid #ffb300; outline-offset: 1px; border-radius: 2px; }
@media (prefers-color-scheme: light) {
  .tooltip { background: #fff; color: #1f1b2e; box-shadow: 0 6px 24px rgba(31,27,46,.22); --accent: #5b21b6; --rule: rgba(91,33,182,.2); }
}
@media (prefers-reduced-motion: reduce) {
  .marker.flash { animation: none; outline: 2px solid #ffb300; }
}
`
