/**
 * Turns the bytes of a text file into a string, strictly: HR exports saved by Excel on Windows are
 * often windows-1252 ("ANSI") or UTF-16 ("Unicode text"), not UTF-8, and a file pasted together
 * from two exports can mix them. A file is read as windows-1252 only when nothing in it is UTF-8,
 * and the caller says so; a UTF-8 file with some lines in another encoding stays UTF-8, those
 * bytes become U+FFFD and `damaged` is set, so the rows holding them can be named and refused
 * rather than their accents silently garbled.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** True when the encoding was guessed because the file is not UTF-8 (no byte order mark says so). */
  readonly fallback: boolean;
  /** Some bytes are not valid in `encoding`: each became U+FFFD in `text`. */
  readonly damaged: boolean;
}

/** The character a byte sequence that cannot be read becomes. */
export const UNREADABLE = '\ufffd';

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return strict('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict('utf-16be', bytes.subarray(2));
  const utf8 = strict('utf-8', bytes);
  if (!utf8.damaged || holdsUtf8(utf8.text)) return utf8;
  // Nothing in it is UTF-8 beyond ASCII: every byte is a character in windows-1252, so this cannot fail.
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', fallback: true, damaged: false };
}

function strict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding, fallback: false, damaged: false };
  } catch {
    return { text: new TextDecoder(encoding).decode(bytes), encoding, fallback: false, damaged: true };
  }
}

/** True when the text read as UTF-8 has some character beyond ASCII that was read (not U+FFFD). */
function holdsUtf8(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 0x7f && code !== 0xfffd) return true;
  }
  return false;
}

/** The encoding in words, for the preview. */
export function encodingLabel(encoding: TextEncodingName): string {
  switch (encoding) {
    case 'utf-8':
      return 'UTF-8';
    case 'utf-16le':
    case 'utf-16be':
      return 'UTF-16 ("Unicode text")';
    case 'windows-1252':
      return 'windows-1252 (Western European, Excel\'s "CSV (Comma delimited)" on Windows)';
  }
}
