/**
 * A value from a file as it may be shown in a message: at most a line's worth of characters, with
 * the full length said when it is cut, and control characters drawn as visible symbols. A 40 MB
 * cell echoed whole would flood the terminal and the window; a NUL or an escape sequence echoed
 * raw would vanish or rewrite the terminal.
 */
import { isControlCode } from '../../shared/plain-text';

/** Characters of a value shown before it is cut. */
export const SHOWN_CHARACTERS = 80;

const ELLIPSIS = '…';


/** Index of the first control character of `text`, or -1. */
function controlIndex(text: string): number {
  for (let i = 0; i < text.length; i += 1) if (isControlCode(text.charCodeAt(i))) return i;
  return -1;
}

/** The first control character of `text` named in words, with its place (1-based), or null. */
export function firstControlCharacter(text: string): { readonly name: string; readonly position: number } | null {
  const at = controlIndex(text);
  return at < 0 ? null : { name: controlName(text.charCodeAt(at)), position: at + 1 };
}

const NAMED: Readonly<Record<number, string>> = {
  0x00: 'a NUL (zero) byte',
  0x09: 'a tab',
  0x0a: 'a line break',
  0x0d: 'a carriage return',
  0x1b: 'an escape character (ESC)',
  0x7f: 'a DEL character',
};

function controlName(code: number): string {
  return NAMED[code] ?? `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Control characters drawn as their Unicode "control pictures" (␀, ␉, ␛, ␡); C1 controls as U+FFFD. */
function visible(text: string): string {
  if (controlIndex(text) < 0) return text;
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (!isControlCode(code)) out += text[i];
    else if (code <= 0x1f) out += String.fromCharCode(0x2400 + code);
    else out += code === 0x7f ? '\u2421' : '\ufffd';
  }
  return out;
}

/** `value` shown in a message: control characters made visible, cut to `max` characters with its length said. */
export function readableValue(value: string, max: number = SHOWN_CHARACTERS): string {
  if (value.length <= max) return visible(value);
  // Cut on a whole character: a surrogate pair is never split.
  let end = max;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${visible(value.slice(0, end))}${ELLIPSIS} (${value.length.toLocaleString('en-US')} characters)`;
}
