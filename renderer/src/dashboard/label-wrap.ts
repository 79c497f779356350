/** Chart category labels wrapped onto lines, and the room they need. */

export const CHAR_PX = 7;
export const LINE_PX = 14;
export const MAX_LABEL_CHARS = 22;

/** Words joined into lines of at most `max` characters; a single longer word is cut with an ellipsis. */
export function wrapLabel(text: string, max = MAX_LABEL_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const piece = word.length > max ? `${word.slice(0, max - 1)}…` : word;
    if (line === '') line = piece;
    else if (line.length + 1 + piece.length <= max) line = `${line} ${piece}`;
    else {
      lines.push(line);
      line = piece;
    }
  }
  if (line !== '') lines.push(line);
  return lines.slice(0, 3);
}

/** The axis width the longest label needs once wrapped, in pixels. */
export function labelAxisWidth(labels: readonly string[]): number {
  const longest = Math.max(4, ...labels.flatMap((l) => wrapLabel(l)).map((l) => l.length));
  return longest * CHAR_PX + 16;
}

/** The height each category needs: enough for its wrapped label. */
export function rowHeight(labels: readonly string[]): number {
  const lines = Math.max(1, ...labels.map((l) => wrapLabel(l).length));
  return Math.max(32, lines * LINE_PX + 12);
}
