/**
 * A query that is a network name puts that name's page first of the names.
 * Every entity page scores alike (its words weigh nothing, so the posts stay
 * first: index-contract.ts), and `br0` would list br0-arp and br0-dhcp as
 * readily as the br0 bridge. A page's result title is in its NAME_FILTER
 * ("br0 · bridge"), so the page named exactly by the query is found by that
 * filter, whatever it is a name of, and moved to just before the first name
 * (the first result that the kind filter finds among the entity pages).
 */
import { ENTITY_KINDS, entityResultTitle } from '../network-names/entity.ts';
import { ENTITY_SEARCH_KIND, NAME_FILTER } from './index-contract.ts';

/** The result titles a query would be, as a name of each kind: as typed, in lower and in upper case (`BR0` is br0); `vlan 32` or `32`, VLAN 32. */
export function exactNameTitles(query: string): string[] {
  const name = query
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .trim();
  if (!name) return [];
  const spellings = [...new Set([name, name.toLowerCase(), name.toUpperCase()])];
  const titles = ENTITY_KINDS.filter((kind) => kind !== 'vlan').flatMap((kind) => spellings.map((spelling) => entityResultTitle(kind, spelling)));
  const vlan = /^(?:vlan[\s_-]*)?(\d{1,4})$/i.exec(name)?.[1];
  return vlan ? [...titles, entityResultTitle('vlan', vlan)] : titles;
}

interface Result {
  id: string;
}

/**
 * `results` with the `exact` ones (the pages the name filter found) placed just before the first name (a result
 * `isName` says is an entity page). An exact page not among the results is added there too.
 */
export function exactNamesFirst<R extends Result>(results: readonly R[], exact: readonly R[], isName: (result: R) => boolean): R[] {
  if (exact.length === 0) return [...results];
  const ids = new Set(exact.map((result) => result.id));
  const rest = results.filter((result) => !ids.has(result.id));
  const at = rest.findIndex(isName);
  return at === -1 ? [...rest, ...exact] : [...rest.slice(0, at), ...exact, ...rest.slice(at)];
}

/** A search's options with one filter set to `values`, the reader's other filters kept. */
export function withFilter<Options extends { filters?: object }>(options: Options, name: string, values: readonly string[]): Options {
  return { ...options, filters: { ...options.filters, [name]: { any: [...values] } } };
}

/** The options that find, with the reader's filters, the pages a query names exactly. */
export const exactNameOptions = <Options extends { filters?: object }>(options: Options, query: string): Options =>
  withFilter(options, NAME_FILTER, exactNameTitles(query));

/** The options that find, with the reader's other filters, every entity page. */
export const namePageOptions = <Options extends { filters?: object }>(options: Options): Options => withFilter(options, 'kind', [ENTITY_SEARCH_KIND]);
