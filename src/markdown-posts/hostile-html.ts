/**
 * What a `.md` post's raw HTML may not do. Markdown allows HTML, and a post
 * may be brought across from another blog with whatever its HTML held: the
 * page shows it as the author wrote it, but nothing in it runs. The rules
 * are the ones an MDX post gets from its components (a `javascript:` link is
 * text, src/components/mdx/Link.astro), and more, since raw HTML can say
 * more than a Markdown link.
 */

/** Elements removed whole: they run code, load other pages or take input. */
export const REMOVED_ELEMENTS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'link',
  'meta',
  'base',
  'noscript',
  'template',
  'portal',
]);

/** Elements whose content goes with them: it is code or markup, never text for a reader. */
export const REMOVED_WITH_CONTENT: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'iframe', 'object', 'applet']);

/** Attributes (as hast property names) that hold a URL a browser follows or loads. */
export const URL_PROPERTIES: ReadonlySet<string> = new Set(['href', 'src', 'action', 'formAction', 'poster', 'xLinkHref', 'background', 'cite', 'data']);

/**
 * A property that may not stay: an event handler (`onClick`), inline style
 * (the site's CSP refuses it, and it can hide or overlay content), or a
 * document of its own (`srcDoc`).
 */
export function isUnsafeProperty(name: string): boolean {
  return /^on/i.test(name) || name === 'style' || name === 'srcDoc';
}

/** The same, for an attribute as HTML names it (`onclick`, `srcdoc`, `xlink:href`). */
export const isUnsafeAttribute = (name: string) => /^on/i.test(name) || name === 'style' || name === 'srcdoc';
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'action', 'formaction', 'poster', 'xlink:href', 'background', 'cite', 'data']);

/**
 * A URL that would run script or carry a document of its own. Browsers
 * ignore control characters and white space inside a scheme
 * (`java\tscript:`), so they are taken out before it is read.
 */
export function runsScript(url: string): boolean {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return /^(?:javascript|vbscript|data):/i.test(url.replace(/[\u0000-\u0020]/g, ''));
}
