/**
 * The classic editor stores paragraphs as blank lines and line breaks as
 * single newlines; WordPress adds the <p> and <br> when it shows a post
 * (wpautop). This does the same, so the HTML converter sees what readers saw:
 * a run of text lines is one paragraph, its newlines are line breaks, and a
 * line that opens or closes a block element (a heading, a list, a table, a
 * listing set aside as a placeholder) is left as it is.
 *
 * Block-editor content already carries its <p> tags and is not passed here.
 */

const BLOCK =
  'table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|iframe|script|noscript';

/** A line that starts or ends a block element, or is a set-aside placeholder. */
function isBlockLine(line: string, placeholder: RegExp): boolean {
  const trimmed = line.trim();
  return new RegExp(`^</?(?:${BLOCK})\\b`, 'i').test(trimmed) || new RegExp(`</(?:${BLOCK})>$`, 'i').test(trimmed) || placeholder.test(trimmed);
}

/** Wraps runs of text lines in <p>, with <br /> between their lines. `placeholder` matches a set-aside block on a line of its own. */
export function wpautop(text: string, placeholder: RegExp): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) out.push(`<p>${paragraph.join('<br />\n')}</p>`);
    paragraph = [];
  };
  // Only the lines outside a multi-line block element are paragraph text (a <ul> spread over lines is not).
  let openBlocks = 0;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      flush();
      if (openBlocks > 0) out.push('');
      continue;
    }
    if (openBlocks > 0 || isBlockLine(line, placeholder)) {
      flush();
      out.push(line);
      openBlocks = Math.max(0, openBlocks + balance(line));
      continue;
    }
    paragraph.push(trimmed);
  }
  flush();
  return out.join('\n');
}

/** Opened minus closed container elements on a line, so the lines inside a list or table are not made paragraphs. */
function balance(line: string): number {
  const containers = 'table|ul|ol|dl|blockquote|div|figure|pre|section|article|aside|details|form|fieldset';
  const opened = line.match(new RegExp(`<(?:${containers})\\b[^>]*>`, 'gi'))?.length ?? 0;
  const closed = line.match(new RegExp(`</(?:${containers})>`, 'gi'))?.length ?? 0;
  return opened - closed;
}
