/**
 * Wraps every highlighted listing in its frame:
 *
 *   <figure class="code-block">
 *     <div class="code-header">title · language · [copy buttons, hidden until JS]</div>
 *     <div class="code-scroll" role="group" tabindex="0">   ← scrolls sideways, keyboard-focusable
 *       <pre><code>lines</code></pre>
 *       <details><summary>Show 61 more lines</summary><pre>…</pre></details>   ← collapse={…}
 *       <pre><code>lines</code></pre>
 *     </div>
 *     <figcaption>caption</figcaption>
 *     <span role="status"></span>   ← "Copied", for screen readers
 *   </figure>
 *
 * Collapsed ranges are split into their own <pre> inside <details>, so they
 * open without JavaScript and the HTML stays valid.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { ShikiTransformer } from 'shiki';
import { blockFacts, fenceMetaOf } from '../block-context.ts';
import { DIAGRAM_LANGS } from './diagram.ts';

const LANGUAGE_LABELS: Record<string, string> = {
  shellsession: 'Shell session',
  console: 'Shell session',
  'shell-session': 'Shell session',
  terminal: 'Shell session',
  sh: 'Shell',
  bash: 'Shell',
  shell: 'Shell',
  shellscript: 'Shell',
  zsh: 'Shell',
  powershell: 'PowerShell',
  xml: 'XML',
  html: 'HTML',
  ini: 'INI',
  properties: 'Properties',
  json: 'JSON',
  yaml: 'YAML',
  yml: 'YAML',
  toml: 'TOML',
  js: 'JavaScript',
  javascript: 'JavaScript',
  ts: 'TypeScript',
  typescript: 'TypeScript',
  python: 'Python',
  py: 'Python',
  diff: 'Diff',
  text: 'Text',
  txt: 'Text',
  plaintext: 'Text',
  'ovs-vsctl': 'ovs-vsctl',
  ifconfig: 'ifconfig',
};

function languageLabel(lang: string): string {
  return LANGUAGE_LABELS[lang] ?? lang.toUpperCase();
}

function el(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function lineNumberOf(child: ElementContent, lines: Element[]): number {
  return child.type === 'element' ? lines.indexOf(child) + 1 : 0;
}

export function transformerCodeFrame(): ShikiTransformer {
  return {
    name: 'site:code-frame',
    enforce: 'post',
    root(root: Root) {
      const pre = root.children.find((n): n is Element => n.type === 'element' && n.tagName === 'pre');
      if (!pre) return;
      const code = pre.children.find((n): n is Element => n.type === 'element' && n.tagName === 'code')!;
      const facts = blockFacts(this);
      if (DIAGRAM_LANGS.has(facts.lang ?? '')) return;
      const meta = fenceMetaOf(this);
      const lang = facts.lang ?? String(pre.properties['dataLanguage'] ?? 'text');
      const session = facts.session;
      const hasCommands = !!session?.commands.some((c) => c.text.trim() !== '');
      const firstCommand = session?.commands.find((c) => c.text.trim() !== '')?.text.split('\n')[0]?.trim();
      const title = meta.title ?? firstCommand;
      const label = languageLabel(lang);

      // Split the lines into segments: open ones, and collapsed ranges.
      const lines = this.lines;
      const segments: Array<{ collapsed: boolean; start: number; end: number; children: ElementContent[] }> = [];
      for (const child of code.children) {
        const n = lineNumberOf(child, lines);
        if (n === 0) {
          segments.at(-1)?.children.push(child);
          continue;
        }
        const range = meta.collapse.find((r) => r.start <= n && n <= r.end);
        const last = segments.at(-1);
        if (last && last.collapsed === !!range && (!range || last.start >= range.start)) {
          // Drop the newline that ended the previous segment's last line only at segment edges.
          last.children.push(child);
          last.end = n;
        } else {
          if (last && last.children.at(-1)?.type === 'text') last.children.pop();
          segments.push({ collapsed: !!range, start: n, end: n, children: [child] });
        }
      }
      if (segments.at(-1)?.children.at(-1)?.type === 'text') segments.at(-1)!.children.pop();

      delete pre.properties['tabindex'];
      const preProperties = { ...pre.properties };
      const body: ElementContent[] = segments.map((segment) => {
        const segmentPre = el('pre', { ...preProperties }, [el('code', {}, segment.children)]);
        if (!segment.collapsed) return segmentPre;
        const count = segment.end - segment.start + 1;
        return el('details', { className: ['code-collapse'] }, [
          el('summary', {}, [text(`Show ${count} more ${count === 1 ? 'line' : 'lines'} (${segment.start}–${segment.end})`)]),
          segmentPre,
        ]);
      });

      const buttons = hasCommands
        ? [
            el('button', { type: 'button', className: ['code-copy'], dataCopy: 'commands' }, [text('Copy commands')]),
            el('button', { type: 'button', className: ['code-copy'], dataCopy: 'all' }, [text('Copy all')]),
          ]
        : [el('button', { type: 'button', className: ['code-copy'], dataCopy: 'all' }, [text('Copy')])];

      const header = el('div', { className: ['code-header'], dataPagefindIgnore: '' }, [
        ...(title ? [el('span', { className: ['code-title'] }, [text(title)])] : []),
        el('span', { className: ['code-lang'] }, [text(label)]),
        el('span', { className: ['code-actions'], hidden: true, dataCodeActions: '' }, buttons),
      ]);

      const figure = el(
        'figure',
        { className: ['code-block', ...(meta.wrap ? ['wrap'] : []), ...(session ? ['session'] : [])], dataLang: lang },
        [
          header,
          el('div', { className: ['code-scroll'], role: 'group', tabindex: '0', ariaLabel: `${title ?? label} (${label.toLowerCase()} listing)` }, body),
          ...(meta.caption ? [el('figcaption', { className: ['code-caption'] }, [text(meta.caption)])] : []),
          el('span', { className: ['sr-only'], role: 'status', dataCodeStatus: '' }),
        ],
      );
      root.children = [figure];
      return root;
    },
  };
}
