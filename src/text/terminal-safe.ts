/**
 * @module text/terminal-safe
 * The one filter for text someone else typed (a learner's question, a
 * project title) before it is shown to staff in a terminal or a chat: escape
 * sequences (ESC ] 0;title BEL retitles a terminal, ESC [2J clears it), other
 * control characters, C1 controls and bidi overrides (which make text read
 * differently from what it is) are removed, and line breaks become spaces so
 * one item stays one line.
 */

/** ESC sequences: OSC (to BEL or ST), CSI, DCS/SOS/PM/APC strings, and two-character escapes. */
const ESCAPE_SEQUENCE = /\x1b(?:\][^\x07\x1b]*(?:\x07|\x1b\\)?|\[[0-?]*[ -/]*[@-~]?|[PX^_][^\x1b]*(?:\x1b\\)?|[ -~]?)/g
/** C1 CSI and OSC (8-bit forms) with their parameters. */
const C1_SEQUENCE = /\x9b[0-?]*[ -/]*[@-~]?|\x9d[^\x07\x9c]*[\x07\x9c]?/g
/** Line breaks and tabs: a space, so one item stays on one line. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g
/** Every other control character, DEL, C1, and the bidi embeddings, overrides, isolates and marks. */
const CONTROLS = /[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** `text` safe to print on one line of a terminal or chat message. */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(C1_SEQUENCE, '').replace(BREAKS, ' ').replace(CONTROLS, '')
}
