/**
 * Where a listing or a diagram names a network entity. Names are found by
 * the highlighter's own patterns (findNetworkRanges: the `c-iface`,
 * `c-addr`, `c-mac` spans) and VLAN ids by entity.ts; what each name is,
 * and what is noise, entity.ts decides. Listings come from analyseBody
 * (src/post-body/post-body.ts), never from a second fence scanner.
 */
import { diagramTexts, type DiagramText } from '../code-block-core/diagram-text.ts';
import { findNetworkRanges } from '../code-block-core/network-ranges.ts';
import { outputDialect } from '../code-block-core/output-dialect.ts';
import { ANNOTATION, isSessionLang, splitSession } from '../code-block-core/shell-session.ts';
import { OVERLAID_LANGS } from '../code-block-core/fence-languages.ts';
import { VLAN_ID, addressEntity, entityKey, interfaceEntities, macEntity, vlanEntity, type Entity, type EntityKey } from './entity.ts';

/** One name in a piece of text: columns are 0-based, `end` exclusive. */
export interface TextOccurrence {
  key: EntityKey;
  start: number;
  end: number;
  /** The text as written (`0C:C4:7A:58:91:50`, `eth2.32`). */
  text: string;
  /** Part of a longer name that implies it: eth2 and VLAN 32 in `eth2.32`. Its range lies inside that name's. */
  implied: boolean;
}

export interface ListingOccurrence extends TextOccurrence {
  /** 1-based line in the listing. */
  line: number;
  /** The highlighter paints this range as an address, MAC or interface (output, and plain listings of OVERLAID_LANGS). */
  painted: boolean;
}

export interface DiagramOccurrence extends TextOccurrence {
  /** The node, cluster or edge whose text names it. */
  item: DiagramText['item'];
  /** Its name in the DOT source (an edge's "tail -> head"). */
  id: string;
}

const keyOf = (entity: Entity): EntityKey => entityKey(entity.kind, entity.name);

/** Every entity a piece of text names, in order of position. */
export function entitiesInText(text: string): TextOccurrence[] {
  const found: TextOccurrence[] = [];
  const add = (entity: Entity | undefined, start: number, end: number, implied = false) => {
    if (entity) found.push({ key: keyOf(entity), start, end, text: text.slice(start, end), implied });
  };
  for (const range of findNetworkRanges(text)) {
    const written = text.slice(range.start, range.end);
    if (range.role === 'mac') add(macEntity(written), range.start, range.end);
    else if (range.role === 'addr') add(addressEntity(written, text.slice(0, range.start), text.slice(range.end)), range.start, range.end);
    else if (range.role === 'iface') {
      const named = interfaceEntities(written);
      if (!named) continue;
      add(named.entity, range.start, range.end);
      for (const implied of named.implied) {
        // eth2.32: the parent at the start, the VLAN id at the end.
        if (implied.kind === 'vlan') add(implied, range.end - written.length + written.lastIndexOf('.') + 1, range.end, true);
        else add(implied, range.start, range.start + implied.name.length, true);
      }
    }
  }
  for (const match of text.matchAll(VLAN_ID)) {
    const end = match.index + match[0].length;
    add(vlanEntity(match[1]!), end - match[1]!.length, end);
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Each line of a listing with where its text starts and whether the highlighter paints it; prompts and authors' notes left out. */
interface ScannedLine {
  line: number;
  column: number;
  text: string;
  painted: boolean;
}

function scannedLines(lang: string, lines: string[]): ScannedLine[] {
  if (!isSessionLang(lang)) {
    const painted = OVERLAID_LANGS.has(lang);
    return lines.map((text, i) => ({ line: i + 1, column: 0, text, painted }));
  }
  const session = splitSession(lines.join('\n'));
  return session.lines.flatMap((line, i): ScannedLine[] => {
    if (line.kind === 'command') return [{ line: i + 1, column: line.prompt.length, text: line.text, painted: false }];
    const command = line.command === undefined ? undefined : session.commands[line.command];
    const dialect = command && outputDialect(command.text);
    const note = dialect?.kind === 'grammar' && dialect.lang === 'xml' && ANNOTATION.test(line.text);
    return note ? [] : [{ line: i + 1, column: 0, text: line.text, painted: true }];
  });
}

/** Every entity a code listing names, line by line: its commands (not painted), its output, its text. */
export function findListingEntities(listing: { lang: string; lines: string[] }): ListingOccurrence[] {
  return scannedLines(listing.lang, listing.lines).flatMap(({ line, column, text, painted }) =>
    entitiesInText(text).map((found) => ({
      ...found,
      start: found.start + column,
      end: found.end + column,
      line,
      painted: painted && found.key.startsWith('vlan/') === false,
    })),
  );
}

/**
 * Every entity a diagram's nodes, clusters and edges show (their labels, or a node's name). A node is one
 * place of each name it shows, however often its label repeats one: the post page marks the node.
 */
export function findDiagramEntities(source: string): DiagramOccurrence[] {
  return diagramTexts(source).flatMap(({ item, id, text }) => {
    const seen = new Set<EntityKey>();
    return entitiesInText(text)
      .filter((found) => !seen.has(found.key) && seen.add(found.key))
      .map((found) => ({ ...found, item, id }));
  });
}
