/**
 * Turns each token's placeholder colour into its role class (see
 * token-roles.ts) and removes every inline style Shiki wrote, so code needs
 * no `style` attributes under the Content Security Policy.
 */
import type { ShikiTransformer } from 'shiki';
import { roleClass, roleOfColor } from '../../code-block-core/token-roles.ts';

export function transformerRoleClasses(): ShikiTransformer {
  return {
    name: 'site:role-classes',
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
