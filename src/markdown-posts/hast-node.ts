/** A hast node as Sätteri hands it to a plugin, as far as this folder's code reads and writes it. */
export interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
  value?: string;
}
