/**
 * WordPress shortcodes (`[caption …]…[/caption]`, `[gallery ids="1,2"]`,
 * `[youtube https://…]`): found the way WordPress finds them
 * (get_shortcode_regex, shortcode_parse_atts), for the names the importer
 * knows. `[[code]]` is WordPress's escape for a literal `[code]` and stays
 * text. Everything else in square brackets is left alone; unknown
 * shortcodes are counted by `unknownShortcodes` so the report can name them.
 */

export interface Shortcode {
  name: string;
  attributes: Record<string, string>;
  /** Positional attributes (`[youtube https://…]`), in order. */
  positional: string[];
  /** The text between the opening and closing tags; undefined for a self-closing one. */
  content: string | undefined;
}

/** WordPress's attribute grammar: name="v", name='v', name=v, "v", 'v', v. */
export function parseAttributes(text: string): Pick<Shortcode, 'attributes' | 'positional'> {
  const attributes: Record<string, string> = {};
  const positional: string[] = [];
  const pattern =
    /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g;
  for (const m of text.replace(/[\u00a0\u200b]/g, ' ').matchAll(pattern)) {
    if (m[1] !== undefined) attributes[m[1].toLowerCase()] = m[2]!;
    else if (m[3] !== undefined) attributes[m[3].toLowerCase()] = m[4]!;
    else if (m[5] !== undefined) attributes[m[5].toLowerCase()] = m[6]!;
    else positional.push(m[7] ?? m[8] ?? m[9] ?? '');
  }
  return { attributes, positional };
}

const escapeForRegExp = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** WordPress's get_shortcode_regex for these names: [name atts], [name atts/], [name atts]content[/name], and [[…]] escapes. */
function shortcodePattern(names: Iterable<string>): RegExp {
  const alternatives = [...names].map(escapeForRegExp).join('|');
  return new RegExp(
    String.raw`\[(\[?)(${alternatives})(?![\w-])([^\]\/]*(?:\/(?!\])[^\]\/]*)*?)(?:(\/)\]|\](?:([^\[]*(?:\[(?!\/\2\])[^\[]*)*)\[\/\2\])?)(\]?)`,
    'gi',
  );
}

/**
 * Replaces each shortcode of `names` with what `render` returns for it
 * (undefined: leave it as written). Content between tags is passed as
 * written; nested shortcodes are the renderer's to replace (it may call this
 * again on the content).
 */
export function replaceShortcodes(text: string, names: Iterable<string>, render: (shortcode: Shortcode) => string | undefined): string {
  return text.replace(
    shortcodePattern(names),
    (whole, open: string, name: string, rawAttributes: string, _selfClosing, content: string | undefined, close: string) => {
      if (open === '[' && close === ']') return whole.slice(1, -1); // [[name]] is the literal text [name]
      const rendered = render({ name: name.toLowerCase(), ...parseAttributes(rawAttributes.trim()), content });
      return rendered === undefined ? whole : `${open}${rendered}${close}`;
    },
  );
}

/**
 * The shortcodes left in the text, one name per occurrence: `[name …]` with
 * attributes, or `[name]` closed by a `[/name]` later on. A lone `[word]`
 * is prose, not a shortcode. Call it with listings taken out: `[Service]`
 * in an ini file is not a shortcode either.
 */
export function unknownShortcodes(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\[([a-z][\w-]*)(\s[^\]]*)?\/?\]/gi)) {
    const name = m[1]!.toLowerCase();
    if (m[2]?.trim() || text.toLowerCase().includes(`[/${name}]`, m.index)) found.push(name);
  }
  return found;
}
