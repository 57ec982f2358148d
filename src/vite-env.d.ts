/// <reference types="vite/client" />

// @crxjs/vite-plugin: importing a script with ?script yields its output path, for
// scripting.executeScript and scripting.registerContentScripts.
declare module '*?script' {
  const path: string
  export default path
}
