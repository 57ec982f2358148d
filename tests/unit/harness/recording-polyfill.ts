// A webextension-polyfill stand-in whose runtime.sendMessage records each message and answers
// { ok: true }, as the background does to a content script's request for an on-demand script.
// Use: vi.mock('webextension-polyfill', () => import('../harness/recording-polyfill')), then read `sent`.

export const sent: unknown[] = []

export default {
  runtime: {
    sendMessage: async (msg: { type: string }) => {
      sent.push(msg)
      return { ok: true }
    },
  },
}
