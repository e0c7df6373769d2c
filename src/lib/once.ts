/**
 * Work done once per build and shared by every page that asks: the same sorted lists, the same parts of pages,
 * are asked for thousands of times at scale. Callers must not mutate what they get.
 * In `astro dev` everything is computed afresh on each call, so that an editor sees each change.
 */

/** A query run once per build. */
export function once<T>(query: () => T): () => T {
  if (import.meta.env.DEV) return query;
  // Boxed, so that a query answering undefined (no audit folder) is still run once.
  let result: { value: T } | undefined;
  return () => (result ??= { value: query() }).value;
}

/**
 * A cache where the first computation of each key is kept for the build: `firstPerKey()(key, compute)` runs
 * `compute` the first time it meets `key` and answers the same value afterwards.
 */
export function firstPerKey<T>(): (key: unknown, compute: () => T) => T {
  if (import.meta.env.DEV) return (_key, compute) => compute();
  const results = new Map<unknown, T>();
  return (key, compute) => {
    if (!results.has(key)) results.set(key, compute());
    return results.get(key) as T;
  };
}

/** `once` for a query with a key: one result per key and build (e.g. per theme), shared by every page asking. */
export function oncePer<K, T>(query: (key: K) => T): (key: K) => T {
  const first = firstPerKey<T>();
  return (key) => first(key, () => query(key));
}

/** HTML of a part of a page rendered once per build for a key, shared by every later page asking for it (RenderOnce). */
export const renderedOnce = firstPerKey<Promise<string>>();
