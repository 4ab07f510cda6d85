/**
 * Wraps every highlighted listing in its frame:
 *
 *   <figure class="code-block">
 *     <div class="code-header">title · language · [copy buttons, hidden until JS]</div>
 *     <div class="code-scroll" role="group" tabindex="0">   ← scrolls sideways, keyboard-focusable
 *       <pre><code>lines</code></pre>
 *       <details>                                            ← collapse={…}
 *         <summary>Show 61 more lines | Hide 61 lines</summary>   ← the label for the state shows (code.css)
 *         <pre>…</pre>
 *         <button hidden>Hide 61 lines</button>                ← folds it again from its end, with JS
 *       </details>
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
import { h } from 'hastscript';
import type { ShikiTransformer } from 'shiki';
import { isDiagramLang } from '../../code-block-core/fence-languages.ts';
import { createBlockState } from '../../code-block-core/block-state.ts';
import { fenceMetaOf } from '../../code-block-core/fence-meta.ts';
import { isSessionLang, splitSession, type Session } from '../../code-block-core/shell-session.ts';

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

function lineNumberOf(child: ElementContent, lines: Element[]): number {
  return child.type === 'element' ? lines.indexOf(child) + 1 : 0;
}

export function transformerCodeFrame(): ShikiTransformer {
  // The session's commands decide the copy buttons and the default title.
  const sessionOf = createBlockState<{ session?: Session }>(() => ({}));
  return {
    name: 'site:code-frame',
    preprocess(code, options) {
      if (isSessionLang(options.lang)) sessionOf(this).session = splitSession(code);
    },
    root(root: Root) {
      const lang = this.options.lang;
      if (isDiagramLang(lang)) return; // drawn, not listed: see src/diagrams/diagram-transformer.ts
      const pre = root.children.find((n): n is Element => n.type === 'element' && n.tagName === 'pre');
      if (!pre) return;
      const code = pre.children.find((n): n is Element => n.type === 'element' && n.tagName === 'code')!;
      const meta = fenceMetaOf(this);
      const { session } = sessionOf(this);
      const hasCommands = !!session?.commands.some((c) => c.text.trim() !== '');
      const firstCommand = session?.commands
        .find((c) => c.text.trim() !== '')
        ?.text.split('\n')[0]
        ?.trim();
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
        const segmentPre = h('pre', { ...preProperties }, [h('code', segment.children)]);
        if (!segment.collapsed) return segmentPre;
        const count = segment.end - segment.start + 1;
        const noun = count === 1 ? 'line' : 'lines';
        const lineRange = `(${segment.start}–${segment.end})`;
        // The summary carries both labels and code.css shows the one for the state, so "Hide" needs no JavaScript.
        // The fold at the end is a button only JavaScript can work (collapse-fold.client.ts): hidden until it runs.
        return h('details.code-collapse', [
          h('summary', { dataPagefindIgnore: '' }, [
            h('span.code-collapse-show', `Show ${count} more ${noun} ${lineRange}`),
            h('span.code-collapse-hide', `Hide ${count} ${noun} ${lineRange}`),
          ]),
          segmentPre,
          h('button.code-fold', { type: 'button', hidden: true, dataCodeFold: '', dataPagefindIgnore: '' }, `Hide ${count} ${noun} ${lineRange}`),
        ]);
      });

      const copyButton = (what: 'commands' | 'all', label: string) => h('button.code-copy', { type: 'button', dataCopy: what }, label);
      const buttons = hasCommands ? [copyButton('commands', 'Copy commands'), copyButton('all', 'Copy all')] : [copyButton('all', 'Copy')];

      const header = h('div.code-header', { dataPagefindIgnore: '' }, [
        title ? h('span.code-title', title) : undefined,
        h('span.code-lang', label),
        h('span.code-actions', { hidden: true, dataCodeActions: '' }, buttons),
      ]);

      const figure = h('figure', { className: ['code-block', ...(meta.wrap ? ['wrap'] : []), ...(session ? ['session'] : [])], dataLang: lang }, [
        header,
        h('div.code-scroll', { role: 'group', tabindex: '0', ariaLabel: `${title ?? label} (${label.toLowerCase()} listing)` }, body),
        meta.caption ? h('figcaption.code-caption', meta.caption) : undefined,
        h('span.sr-only', { role: 'status', dataCodeStatus: '' }),
      ]);
      root.children = [figure];
      return root;
    },
  };
}
