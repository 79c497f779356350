/**
 * A value from a file as it may be shown in a message: at most a line's worth of characters, with
 * the full length said when it is cut, and control characters drawn as visible symbols. A 40 MB
 * cell echoed whole would flood the terminal and the window; a NUL or an escape sequence echoed
 * raw would vanish or rewrite the terminal.
 */

/** Characters of a value shown before it is cut. */
export const SHOWN_CHARACTERS = 80;

const ELLIPSIS = '…';

/** C0 controls, DEL and the C1 controls. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_ALL = /[\u0000-\u001f\u007f-\u009f]/g;

/** True when `text` holds a control character (NUL, a line break, an escape, …). */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/** The first control character of `text` named in words, with its place (1-based), or null. */
export function firstControlCharacter(text: string): { readonly name: string; readonly position: number } | null {
  const match = CONTROL.exec(text);
  if (match === null) return null;
  return { name: controlName(match[0].charCodeAt(0)), position: match.index + 1 };
}

const NAMED: Readonly<Record<number, string>> = {
  0x00: 'NUL, the zero byte',
  0x09: 'a tab',
  0x0a: 'a line break',
  0x0d: 'a carriage return',
  0x1b: 'ESC, the escape character',
  0x7f: 'DEL',
};

function controlName(code: number): string {
  return NAMED[code] ?? `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The Unicode "control picture" of a C0 control or DEL (␀, ␉, ␛, ␡); C1 controls as a plain marker. */
function picture(char: string): string {
  const code = char.charCodeAt(0);
  if (code <= 0x1f) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/** `value` shown in a message: control characters made visible, cut to `max` characters with its length said. */
export function readableValue(value: string, max: number = SHOWN_CHARACTERS): string {
  if (value.length <= max && !CONTROL.test(value)) return value;
  if (value.length <= max) return value.replace(CONTROL_ALL, picture);
  // Cut on a whole character: a surrogate pair is never split.
  let end = max;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  const shown = value.slice(0, end).replace(CONTROL_ALL, picture);
  return `${shown}${ELLIPSIS} (${value.length.toLocaleString('en-US')} characters)`;
}
