/**
 * How WordPress code plugins name a listing's language
 * (`[code language="bash"]`, `class="brush: bash"`, `language-xml`); what
 * each name becomes, and when a listing is a terminal session, is the
 * importers' shared rule (../listings.ts).
 */

/** The shortcodes of code plugins (SyntaxHighlighter Evolved and kin) that hold a listing. */
export const CODE_SHORTCODES: ReadonlySet<string> = new Set(['code', 'sourcecode', 'shell', 'bash', 'xml', 'php', 'sql', 'powershell', 'plain', 'text']);

/** The language a code shortcode names by its attributes, or by its own name (`[shell]`, `[xml]`). */
export function shortcodeLanguage(name: string, attributes: Record<string, string>): string | undefined {
  const named = attributes['language'] ?? attributes['lang'] ?? attributes['brush'];
  if (named) return named;
  return name === 'code' || name === 'sourcecode' ? undefined : name;
}

/** The language a `<pre>`/`<code>` class names: `language-xml`, `lang-xml`, `brush: bash;`, `lang:bash`. */
export function classLanguage(classes: string): string | undefined {
  const match = /(?:^|\s)(?:language|lang)[-:]([\w+#-]+)/.exec(classes) ?? /brush:\s*([\w+#-]+)/.exec(classes);
  return match?.[1];
}
