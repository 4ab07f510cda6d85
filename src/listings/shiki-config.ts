/**
 * Code highlighting for the site: Astro's `markdown.shikiConfig`. Shiki does
 * the grammars; our transformers add what a terminal listing needs.
 *
 * Shiki runs each hook (preprocess, tokens, span, line, pre, root) for every
 * transformer in array order. None of ours sets `enforce`, so the order below
 * is the order they run in, and tests/unit/listing-pipeline.test.ts checks it.
 * Each transformer keeps its own per-block state (block-state.ts) and reads
 * only the block's own input (its code, language and fence meta), so taking
 * one out changes what it does and nothing else.
 */
import { transformerNotationDiff, transformerNotationHighlight, transformerNotationWordHighlight } from '@shikijs/transformers';
import type { AstroConfig } from 'astro';
import type { ShikiTransformer } from 'shiki';
import { dotLanguage } from '../diagrams/diagram-fence.ts';
import { transformerEntityMarks } from '../entities/entity-marks-transformer.ts';
import { transformerDiagram } from '../diagrams/diagram-transformer.ts';
import { ifconfigGrammar } from './grammars/ifconfig.ts';
import { ovsVsctlGrammar } from './grammars/ovs-vsctl.ts';
import { codeTheme } from './token-roles.ts';
import { transformerCodeFrame } from './transformers/code-frame.ts';
import { transformerLineMarks } from './transformers/line-marks.ts';
import { transformerNetworkOverlay } from './transformers/network-overlay.ts';
import { transformerRoleClasses } from './transformers/role-classes.ts';
import { sessionLanguage, transformerTerminalSession } from './transformers/terminal-session.ts';
import { transformerUnwrapPlainSpans } from './transformers/unwrap-plain-spans.ts';

type ShikiConfig = Pick<AstroConfig['markdown']['shikiConfig'], 'theme' | 'langs' | 'wrap' | 'transformers' | 'defaultColor'>;

/** The transformers, in the order they run, each with why it stands where it does. */
export function listingTransformers(): ShikiTransformer[] {
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
    // Root: a diagram replaces the whole block; a listing gets its frame last, around the final lines.
    transformerDiagram(),
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
  transformers: listingTransformers(),
};
