// Text set in SVG has no line breaking of its own: charts and share cards wrap it here.

/** How wide a text is, in the unit of the line length it is wrapped to: by default, its characters. */
export type TextWidth = (text: string) => number;

const characters: TextWidth = (text) => text.length;

/** A word too wide for a line, cut into pieces that each fit. */
function cutToWidth(word: string, maxWidth: number, width: TextWidth): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const character of word) {
    if (piece !== '' && width(piece + character) > maxWidth) {
      pieces.push(piece);
      piece = character;
    } else piece += character;
  }
  return [...pieces, piece];
}

/** Splits text into lines at most `maxWidth` wide, breaking at spaces (or inside a word too wide for a line). */
export function wrapText(text: string, maxWidth: number, width: TextWidth = characters): string[] {
  const space = width(' ');
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = width(word);
    for (const piece of wordWidth <= maxWidth ? [word] : cutToWidth(word, maxWidth, width)) {
      const pieceWidth = piece === word ? wordWidth : width(piece);
      if (line === '') {
        line = piece;
        lineWidth = pieceWidth;
      } else if (lineWidth + space + pieceWidth <= maxWidth) {
        line += ` ${piece}`;
        lineWidth += space + pieceWidth;
      } else {
        lines.push(line);
        line = piece;
        lineWidth = pieceWidth;
      }
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** At most `max` lines; when text is cut, the last line ends with an ellipsis, within `maxWidth`. */
export function clampLines(
  lines: readonly string[],
  max: number,
  maxWidth: number,
  width: TextWidth = characters,
): string[] {
  if (lines.length <= max) return [...lines];
  const kept = lines.slice(0, max);
  let last = kept[max - 1] ?? '';
  while (last !== '' && width(`${last}…`) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[max - 1] = `${last.trimEnd()}…`;
  return kept;
}

/** Text safe inside SVG or HTML markup. */
export function escapeMarkup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text safe between HTML tags: only what would start markup or a character reference is escaped. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
