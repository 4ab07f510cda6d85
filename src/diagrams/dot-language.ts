import type { LanguageRegistration } from 'shiki';

/** Shiki ships no DOT grammar; an empty one keeps the fence's language and costs no tokenising. */
export const dotLanguage: LanguageRegistration = { name: 'dot', scopeName: 'source.dot', aliases: ['graphviz'], patterns: [], repository: {} };
