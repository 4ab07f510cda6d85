/**
 * Spans that carry nothing (plain text: no role class, no attribute) are
 * unwrapped and their text merged: the same text, fewer bytes. Runs after
 * role-classes.ts, which is what leaves a plain span without a class.
 */
import type { ShikiTransformer } from 'shiki';

export function transformerUnwrapPlainSpans(): ShikiTransformer {
  return {
    name: 'site:unwrap-plain-spans',
    line(node) {
      const children: typeof node.children = [];
      for (const child of node.children) {
        const plain = child.type === 'element' && child.tagName === 'span' && Object.keys(child.properties).length === 0;
        const content = plain && child.children.length === 1 && child.children[0]!.type === 'text' ? child.children[0]! : child;
        const previous = children.at(-1);
        if (content.type === 'text' && previous?.type === 'text') previous.value += content.value;
        else children.push(content.type === 'text' ? { ...content } : content);
      }
      node.children = children;
    },
  };
}
