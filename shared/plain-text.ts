/**
 * Text that fits on one line of a form, a table cell and a workbook: no C0 controls (line breaks,
 * tabs, NUL, escape), no DEL and no C1 controls. Such characters are invisible in the window and
 * lost or changed in an exported workbook, so a value holding one would not survive a round trip.
 */

/** C0 controls, DEL and the C1 controls. */
export const isControlCode = (code: number): boolean => code <= 0x1f || (code >= 0x7f && code <= 0x9f);

/** True when `text` holds no control character. */
export function isOneLine(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (isControlCode(text.charCodeAt(i))) return false;
  return true;
}

/** What a refused value is told, after its field's name. */
export const NOT_ONE_LINE = 'must be one line of plain text, with no line breaks, tabs or hidden control characters';
