/** Elements of post bodies rendered by our components (passed to <Content components={...}>). */
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import Link from './Link.astro';

export const mdxComponents = { h2: H2, h3: H3, h4: H4, a: Link };
