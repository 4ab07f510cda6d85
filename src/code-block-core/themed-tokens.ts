/** Small helpers for Shiki's token arrays: make a token of a role, paint ranges of a line. */
import type { ThemedToken } from 'shiki';
import { PLAIN_COLOR, roleColor, type TokenRole } from './token-roles.ts';

export function roleToken(content: string, role?: TokenRole, offset = 0): ThemedToken {
  return { content, offset, color: role ? roleColor(role) : PLAIN_COLOR };
}

export interface TokenPaint {
  start: number;
  end: number;
  paint: (token: ThemedToken) => ThemedToken;
}

/**
 * Splits a line's tokens at the edges of each range and applies the range's
 * paint to the pieces inside it. Ranges must not overlap.
 */
export function paintRanges(line: ThemedToken[], ranges: TokenPaint[]): ThemedToken[] {
  if (ranges.length === 0) return line;
  const result: ThemedToken[] = [];
  let column = 0;
  for (const token of line) {
    const tokenStart = column;
    const tokenEnd = column + token.content.length;
    column = tokenEnd;
    const cuts = new Set<number>([tokenStart, tokenEnd]);
    for (const range of ranges) {
      if (range.start > tokenStart && range.start < tokenEnd) cuts.add(range.start);
      if (range.end > tokenStart && range.end < tokenEnd) cuts.add(range.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      const piece: ThemedToken = { ...token, content: token.content.slice(from - tokenStart, to - tokenStart), offset: token.offset + (from - tokenStart) };
      const range = ranges.find((r) => r.start <= from && to <= r.end);
      result.push(range ? range.paint(piece) : piece);
    }
  }
  return result;
}

/** Paints whole roles (the network overlay's ranges) over a line. */
export function paintRoles(line: ThemedToken[], ranges: Array<{ start: number; end: number; role: TokenRole }>): ThemedToken[] {
  return paintRanges(
    line,
    ranges.map((r) => ({ start: r.start, end: r.end, paint: (t) => ({ ...t, color: roleColor(r.role) }) })),
  );
}

/**
 * Splits tokens of one long line back into the lines it was joined from
 * (`lengths` are the original lines' lengths; they were joined with one space).
 */
export function splitJoinedLine(tokens: ThemedToken[], lengths: number[]): ThemedToken[][] {
  const lines: ThemedToken[][] = lengths.map(() => []);
  const starts: number[] = [];
  let position = 0;
  for (const length of lengths) {
    starts.push(position);
    position += length + 1;
  }
  let column = 0;
  for (const token of tokens) {
    let from = column;
    const end = column + token.content.length;
    column = end;
    while (from < end) {
      const lineIndex = starts.findLastIndex((s) => s <= from);
      const lineEnd = starts[lineIndex]! + lengths[lineIndex]!;
      if (from >= lineEnd) {
        from = Math.min(end, lineEnd + 1); // the joining space belongs to no line
        continue;
      }
      const to = Math.min(end, lineEnd);
      lines[lineIndex]!.push({ ...token, content: token.content.slice(from - (end - token.content.length), to - (end - token.content.length)) });
      from = to;
    }
  }
  return lines;
}
