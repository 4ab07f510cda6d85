/**
 * Turns each token's placeholder colour into its role class (see
 * token-roles.ts) and removes every inline style Shiki wrote, so code needs
 * no `style` attributes under the Content Security Policy.
 */
import type { ShikiTransformer } from 'shiki';
import { roleClass, roleOfColor } from '../token-roles.ts';

export function transformerRoleClasses(): ShikiTransformer {
  return {
    name: 'site:role-classes',
    enforce: 'post',
    span(node, _line, _column, _lineElement, token) {
      delete node.properties['style'];
      const role = roleOfColor(token.color);
      if (role) this.addClassToHast(node, roleClass(role));
    },
    pre(node) {
      delete node.properties['style'];
    },
  };
}

/** Spans that carry nothing (plain text) are unwrapped: the same text, fewer bytes. */
export function transformerUnwrapPlainSpans(): ShikiTransformer {
  return {
    name: 'site:unwrap-plain-spans',
    enforce: 'post',
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
