/** The author's marks from the fence meta: highlighted, inserted and deleted lines, and marked text. */
import type { ShikiTransformer, ThemedToken } from 'shiki';
import { fenceMetaOf } from '../../code-block-core/fence-meta.ts';
import { paintRanges } from '../../code-block-core/themed-tokens.ts';

function addClass(token: ThemedToken, className: string): ThemedToken {
  const existing = token.htmlAttrs?.['class'];
  return { ...token, htmlAttrs: { ...token.htmlAttrs, class: existing ? `${existing} ${className}` : className } };
}

export function transformerLineMarks(): ShikiTransformer {
  return {
    name: 'site:line-marks',
    tokens(tokens) {
      const { words } = fenceMetaOf(this);
      if (words.length === 0) return tokens;
      return tokens.map((line) => {
        const text = line.map((t) => t.content).join('');
        const ranges: Array<{ start: number; end: number }> = [];
        for (const word of words) {
          for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
            if (!ranges.some((r) => at < r.end && at + word.length > r.start)) ranges.push({ start: at, end: at + word.length });
          }
        }
        return paintRanges(
          line,
          ranges.map((r) => ({ ...r, paint: (t) => addClass(t, 'highlighted-word') })),
        );
      });
    },
    line(node, lineNumber) {
      const meta = fenceMetaOf(this);
      if (meta.mark.has(lineNumber)) this.addClassToHast(node, 'highlighted');
      if (meta.ins.has(lineNumber)) this.addClassToHast(node, ['diff', 'add']);
      if (meta.del.has(lineNumber)) this.addClassToHast(node, ['diff', 'remove']);
    },
  };
}
