/**
 * What a diagram shows as text, read from its DOT source without Graphviz:
 * each node's label (its name when it has none), each cluster's and each
 * edge's label. Enough of DOT's grammar for that (statements, attribute
 * lists, subgraphs, quoted and HTML strings, comments), so it runs anywhere
 * and costs microseconds; tests/unit/network-names/find-entities.test.ts checks it against
 * Graphviz's own reading (the `nop` engine's JSON) of the posts' diagrams.
 */

export interface DiagramText {
  /** A node, a cluster (a subgraph whose name starts with "cluster") or an edge. */
  item: 'node' | 'cluster' | 'edge';
  /** The node's or cluster's name; an edge's "tail -> head". */
  id: string;
  /** What the reader sees: the label, `\n` and friends as spaces, `\N` as the name. */
  text: string;
}

type Token = { kind: 'id'; value: string } | { kind: 'punct'; value: string };

const PUNCT = /^(?:->|--|[{}[\];,=:])/;
const BARE_ID = /^(?:[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*|-?(?:\.\d+|\d+(?:\.\d*)?))/;

function tokenise(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    // Space, comments, and `#` lines (C preprocessor output).
    const lineStart = i === 0 || source[i - 1] === '\n';
    const skip = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)/.exec(rest) ?? (lineStart ? /^#[^\n]*/.exec(rest) : null);
    if (skip) {
      i += skip[0].length;
      continue;
    }
    if (rest[0] === '"') {
      let value = '';
      let j = 1;
      while (j < rest.length && rest[j] !== '"') {
        if (rest[j] === '\\' && rest[j + 1] === '"') j++;
        value += rest[j];
        j++;
      }
      i += j + 1;
      const last = tokens.at(-1);
      // "a" + "b" is one string.
      if (last?.kind === 'punct' && last.value === '+') {
        tokens.pop();
        (tokens.at(-1) as Token).value += value;
      } else tokens.push({ kind: 'id', value });
      continue;
    }
    if (rest[0] === '<') {
      let depth = 0;
      let j = 0;
      do {
        if (rest[j] === '<') depth++;
        else if (rest[j] === '>') depth--;
        j++;
      } while (depth > 0 && j < rest.length);
      // An HTML label's text: its tags as spaces.
      tokens.push({ kind: 'id', value: rest.slice(1, j - 1).replace(/<[^>]*>/g, ' ') });
      i += j;
      continue;
    }
    const word = BARE_ID.exec(rest) ?? PUNCT.exec(rest) ?? /^\+/.exec(rest);
    const value = word?.[0] ?? rest[0]!;
    tokens.push({ kind: word && BARE_ID.test(value) ? 'id' : 'punct', value });
    i += value.length;
  }
  return tokens;
}

function shown(label: string | undefined, name: string): string {
  if (label === undefined) return name;
  return label
    .replace(/\\N/g, name)
    .replace(/\\[nlrGET]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const KEYWORD = (token: Token | undefined, word: string) => token?.kind === 'id' && token.value.toLowerCase() === word;

/** Every node, cluster and edge of a DOT graph, with the text it shows; nodes in the order they are first named. */
export function diagramTexts(source: string): DiagramText[] {
  const tokens = tokenise(source);
  let at = 0;
  const peek = (offset = 0) => tokens[at + offset];
  const isPunct = (value: string, offset = 0) => peek(offset)?.kind === 'punct' && peek(offset)!.value === value;
  const nodeLabels = new Map<string, string | undefined>();
  const clusters: DiagramText[] = [];
  const edges: DiagramText[] = [];

  const attributes = (): Map<string, string> => {
    const found = new Map<string, string>();
    while (isPunct('[')) {
      at++;
      while (peek() && !isPunct(']')) {
        const key = peek()!.value;
        if (isPunct('=', 1)) {
          found.set(key, peek(2)?.value ?? '');
          at += 3;
        } else at++;
        if (isPunct(',') || isPunct(';')) at++;
      }
      at++;
    }
    return found;
  };

  // `node [label=…]` labels the nodes named after it, in its (sub)graph.
  let nodeDefault: string | undefined;
  const node = (name: string) => {
    if (!nodeLabels.has(name)) nodeLabels.set(name, nodeDefault);
  };

  // A node id (with an optional :port:compass) or a subgraph; returns the nodes it stands for.
  const operand = (): string[] => {
    if (KEYWORD(peek(), 'subgraph') || isPunct('{')) return subgraph();
    const name = peek()?.value ?? '';
    at++;
    while (isPunct(':')) at += 2;
    node(name);
    return [name];
  };

  const subgraph = (): string[] => {
    let name = '';
    if (KEYWORD(peek(), 'subgraph')) {
      at++;
      if (peek()?.kind === 'id') name = peek()!.value;
      if (!isPunct('{')) at++;
    }
    at++; // {
    const before = new Set(nodeLabels.keys());
    const outerDefault = nodeDefault;
    const label = statements();
    nodeDefault = outerDefault;
    if (name.startsWith('cluster') && label !== undefined) clusters.push({ item: 'cluster', id: name, text: shown(label, name) });
    return [...nodeLabels.keys()].filter((n) => !before.has(n));
  };

  // Statements up to the closing brace; returns the graph label set among them.
  const statements = (): string | undefined => {
    let label: string | undefined;
    while (peek() && !isPunct('}')) {
      if (isPunct(';') || isPunct(',')) {
        at++;
      } else if (KEYWORD(peek(), 'graph') || KEYWORD(peek(), 'node') || KEYWORD(peek(), 'edge')) {
        const isGraph = KEYWORD(peek(), 'graph');
        const isNode = KEYWORD(peek(), 'node');
        at++;
        const defaults = attributes();
        if (isGraph && defaults.has('label')) label = defaults.get('label');
        if (isNode && defaults.has('label')) nodeDefault = defaults.get('label');
      } else if (peek()?.kind === 'id' && isPunct('=', 1)) {
        if (peek()!.value === 'label') label = peek(2)?.value;
        at += 3;
      } else {
        const chain = [operand()];
        while (isPunct('->') || isPunct('--')) {
          at++;
          chain.push(operand());
        }
        const attrs = attributes();
        if (chain.length === 1) {
          if (attrs.has('label') && chain[0]!.length === 1) nodeLabels.set(chain[0]![0]!, attrs.get('label'));
        } else {
          const edgeLabel = attrs.get('label');
          for (let k = 1; k < chain.length; k++)
            for (const tail of chain[k - 1]!)
              for (const head of chain[k]!) edges.push({ item: 'edge', id: `${tail} -> ${head}`, text: edgeLabel === undefined ? '' : shown(edgeLabel, '') });
        }
      }
    }
    at++; // }
    return label;
  };

  // [strict] (di)graph [name] {
  while (peek() && !isPunct('{')) at++;
  at++;
  statements();
  return [...[...nodeLabels].map(([name, label]): DiagramText => ({ item: 'node', id: name, text: shown(label, name) })), ...clusters, ...edges];
}
