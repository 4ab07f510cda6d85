/**
 * Code highlighting for the site: Astro's `markdown.shikiConfig`. Shiki does
 * the grammars; these transformers add what a terminal listing needs (see
 * each module). Order matters: sessions are rebuilt first, the classes and
 * the frame are applied last (`enforce: 'post'`).
 */
import { transformerNotationDiff, transformerNotationHighlight, transformerNotationWordHighlight } from '@shikijs/transformers';
import type { AstroUserConfig } from 'astro';
import { codeTheme } from './token-roles.ts';
import { ovsVsctlGrammar } from './grammars/ovs-vsctl.ts';
import { ifconfigGrammar } from './grammars/ifconfig.ts';
import { transformerNetworkOverlay, transformerTerminalSession } from './transformers/terminal-session.ts';
import { transformerLineMarks } from './transformers/line-marks.ts';
import { transformerRoleClasses, transformerUnwrapPlainSpans } from './transformers/role-classes.ts';
import { transformerCodeFrame } from './transformers/code-frame.ts';
import { dotLanguage, transformerDiagram } from './transformers/diagram.ts';

type ShikiConfig = NonNullable<NonNullable<AstroUserConfig['markdown']>['shikiConfig']>;

export const shikiConfig: ShikiConfig = {
  theme: codeTheme,
  // Languages the transformers tokenise with, beyond the fences' own.
  langs: [ovsVsctlGrammar, ifconfigGrammar, dotLanguage, 'shellscript', 'powershell', 'xml', 'ini', 'yaml', 'json'] as NonNullable<ShikiConfig['langs']>,
  wrap: null,
  transformers: [
    transformerTerminalSession(),
    transformerNetworkOverlay(),
    transformerLineMarks(),
    transformerNotationDiff(),
    transformerNotationHighlight(),
    transformerNotationWordHighlight(),
    transformerRoleClasses(),
    transformerUnwrapPlainSpans(),
    transformerDiagram(),
    transformerCodeFrame(),
  ],
};
