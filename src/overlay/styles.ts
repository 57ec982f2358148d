// Lives inside our shadow root only: WhatsApp's CSS cannot reach it and it cannot leak out.
export const OVERLAY_CSS = `
:host { all: initial; position: fixed; inset: 0 auto auto 0; width: 0; height: 0;
  z-index: 2147483646; pointer-events: none; }
.layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; }
.marker { position: fixed; left: 0; top: 0; box-sizing: border-box; margin: 0; padding: 0;
  pointer-events: none; border: 0; background: transparent; font: 0/0 a; color: transparent; }
.marker:focus { outline: none; }
.layer[data-style="dot"] .marker { width: 9px; height: 9px; border-radius: 50%;
  background: #7c4dff; box-shadow: 0 0 0 1.5px #fff, 0 0 0 2.5px rgba(0,0,0,.35); }
.layer[data-style="outline"] .marker { border: 1.5px dashed #7c4dff; border-radius: 4px;
  box-shadow: 0 0 0 1px rgba(255,255,255,.7); }
.layer[data-style="tooltip-only"] .marker { width: 1px; height: 1px; opacity: 0; }
.marker:focus-visible { opacity: 1; outline: 2px solid #ffb300; outline-offset: 2px; }
.marker.flash { animation: flash 0.5s ease-in-out 3; }
@keyframes flash { 50% { transform-origin: center; filter: drop-shadow(0 0 6px #ffb300); opacity: .4; } }
[role="tooltip"] { position: fixed; left: 0; top: 0; width: max-content; max-width: min(300px, calc(100vw - 16px));
  box-sizing: border-box;
  padding: 10px 12px; border-radius: 8px; background: #1f1b2e; color: #f5f3ff;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start;
  box-shadow: 0 6px 24px rgba(0,0,0,.3); border: 1px solid #7c4dff; pointer-events: none;
  overflow-wrap: anywhere; unicode-bidi: plaintext; }
[role="tooltip"][hidden] { display: none; }
[role="tooltip"] .title { font-weight: 600; margin: 0 0 4px; }
[role="tooltip"] p { margin: 0 0 6px; }
[role="tooltip"] .label { color: #c4b5fd; font-weight: 600; }
[role="tooltip"] p:last-child { margin-bottom: 0; }
@media (prefers-reduced-motion: reduce) {
  .marker.flash { animation: none; outline: 2px solid #ffb300; }
}
`
