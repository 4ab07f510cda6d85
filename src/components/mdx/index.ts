/** Elements of post bodies rendered by our components (passed to <Content components={...}>); their names are in names.ts. */
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import Link from './Link.astro';
import { bodyComponents } from './body-components.ts';
import type { MdxComponentName } from '../../post-body/component-names.ts';

// `satisfies`: a name without a component, or a component without a name, is a type error.
export const mdxComponents = { h2: H2, h3: H3, h4: H4, a: Link } satisfies Record<MdxComponentName, unknown>;

/** What a post page renders its body with: the elements above, and the components a body uses without importing them. */
export const postBodyComponents = { ...mdxComponents, ...bodyComponents };
