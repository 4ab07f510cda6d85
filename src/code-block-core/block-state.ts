/**
 * State a transformer keeps for one code block, private to that transformer.
 * Keyed on Shiki's per-block `meta` object, as Shiki's own transformers do
 * (transformerDecorations): each call of createBlockState makes a new,
 * unshared store, so no transformer can read another's state.
 */
import type { ShikiTransformerContextMeta } from 'shiki';

export function createBlockState<T>(init: () => T): (context: { meta: ShikiTransformerContextMeta }) => T {
  const states = new WeakMap<object, T>();
  return (context) => {
    let state = states.get(context.meta);
    if (state === undefined) {
      state = init();
      states.set(context.meta, state);
    }
    return state;
  };
}
