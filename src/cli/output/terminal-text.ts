/**
 * Text from outside (callback parameters, a server's error text, profile values) made safe for a
 * terminal: control characters could clear the screen (`ESC [2J`), set the window title (OSC) or
 * reorder what is shown (bidi overrides). They are shown as escapes instead of being obeyed.
 *
 * @module
 */

/** C0 controls except tab and newline, DEL, C1 controls, and the bidi embedding/isolate marks. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** The same set for JSON text, where JSON.stringify already escaped the C0 ones. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * Replaces every control character but tab and newline with a visible `\uXXXX` escape.
 *
 * @example
 * ```ts
 * terminalSafe('bad\u001b[2Jthing'); // 'bad\\u001b[2Jthing'
 * ```
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, unicodeEscape);
}

/**
 * Escapes, inside JSON text, the characters JSON.stringify leaves raw but a terminal obeys (the
 * result is the same JSON value).
 */
export function terminalSafeJson(json: string): string {
  return json.replace(UNSAFE_IN_JSON, unicodeEscape);
}
