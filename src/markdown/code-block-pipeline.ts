/**
 * The code-block pipeline, composed: Astro's `markdown.shikiConfig`. Shiki
 * does the grammars; the plugins add what a terminal listing, a diagram and
 * a network name need. This is the one place that knows them all. Each plugin
 * imports only the core (src/code-block-core/: fence meta, per-block state,
 * tokens and roles, what a fence's language is), never another plugin:
 *
 *   src/listings/        sessions, network paint, line marks, role classes, the frame
 *   src/diagrams/        a ```dot fence drawn as a figure
 *   src/network-names/   each name marked in a listing and in a drawing
 *
 * Shiki runs each hook (preprocess, tokens, span, line, pre, root) for every
 * transformer in array order. None of ours sets `enforce`, so the order below
 * is the order they run in, and tests/unit/markdown/code-block-pipeline.test.ts
 * checks it. Each transformer keeps its own per-block state (block-state.ts)
 * and reads only the block's own input (its code, language and fence meta),
 * save what the core's drawn-diagram.ts hands from the diagrams to the names,
 * so taking one out changes what it does and nothing else.
 */
import { transformerNotationDiff, transformerNotationHighlight, transformerNotationWordHighlight } from '@shikijs/transformers';
import type { AstroConfig } from 'astro';
import type { ShikiTransformer } from 'shiki';
import { codeTheme } from '../code-block-core/token-roles.ts';
import { dotLanguage } from '../diagrams/dot-language.ts';
import { transformerEntityMarks } from '../network-names/entity-marks-transformer.ts';
import { transformerDiagram } from '../diagrams/diagram-transformer.ts';
import { transformerDiagramMarks } from '../network-names/diagram-marks-transformer.ts';
import { ifconfigGrammar } from '../listings/grammars/ifconfig.ts';
import { ovsVsctlGrammar } from '../listings/grammars/ovs-vsctl.ts';
import { transformerCodeFrame } from '../listings/transformers/code-frame.ts';
import { transformerLineMarks } from '../listings/transformers/line-marks.ts';
import { transformerNetworkOverlay } from '../listings/transformers/network-overlay.ts';
import { transformerRoleClasses } from '../listings/transformers/role-classes.ts';
import { sessionLanguage, transformerTerminalSession } from '../listings/transformers/terminal-session.ts';
import { transformerUnwrapPlainSpans } from '../listings/transformers/unwrap-plain-spans.ts';

type ShikiConfig = Pick<AstroConfig['markdown']['shikiConfig'], 'theme' | 'langs' | 'wrap' | 'transformers' | 'defaultColor'>;

/** The transformers, in the order they run, each with why it stands where it does. */
export function codeBlockTransformers(): ShikiTransformer[] {
  return [
    // Tokens: sessions are rebuilt as prompt, command and output before anything paints over them.
    transformerTerminalSession(),
    // Plain listings get addresses and interfaces painted (sessions did their own above).
    transformerNetworkOverlay(),
    // The author's marks split tokens, so they come once the tokens are final.
    transformerLineMarks(),
    transformerNotationDiff(),
    transformerNotationHighlight(),
    transformerNotationWordHighlight(),
    // Spans: placeholder colours become role classes once every token is painted...
    transformerRoleClasses(),
    // ...and a span left without a class is unwrapped.
    transformerUnwrapPlainSpans(),
    // Lines: each network name is wrapped where it is written, once the line's spans are final.
    transformerEntityMarks(),
    // Root: a diagram replaces the whole block, then its groups are marked with the names they show;
    // a listing gets its frame last, around the final lines.
    transformerDiagram(),
    transformerDiagramMarks(),
    transformerCodeFrame(),
  ];
}

export const shikiConfig: ShikiConfig = {
  theme: codeTheme,
  // Languages of our own, and those the transformers tokenise output with beyond the fences' own.
  langs: [sessionLanguage, ovsVsctlGrammar, ifconfigGrammar, dotLanguage, 'shellscript', 'powershell', 'xml', 'ini', 'yaml', 'json'] as NonNullable<
    ShikiConfig['langs']
  >,
  wrap: null,
  transformers: codeBlockTransformers(),
};
