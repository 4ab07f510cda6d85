/** Which fences are diagrams (```dot, ```graphviz): drawn by src/diagrams/, not listed as code. */
import type { LanguageRegistration } from 'shiki';

export const DIAGRAM_LANGS: ReadonlySet<string> = new Set(['dot', 'graphviz']);

export function isDiagramLang(lang: string): boolean {
  return DIAGRAM_LANGS.has(lang);
}

/** Shiki ships no DOT grammar; an empty one keeps the fence's language and costs no tokenising. */
export const dotLanguage: LanguageRegistration = { name: 'dot', scopeName: 'source.dot', aliases: ['graphviz'], patterns: [], repository: {} };
