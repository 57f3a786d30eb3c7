import fc from 'fast-check';

/** Random mutations of a JSON value: at chosen places, a value replaced by random JSON or a key removed. */

export const REMOVE = Symbol('remove');
type Mutation = readonly [number, unknown];

type Json = unknown;

/** Every path (a list of keys and indexes) into `value`, the root included. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) out.push(...paths(v, [...prefix, i]));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

function apply(value: Json, path: (string | number)[], replacement: unknown): Json {
  if (path.length === 0) return replacement === REMOVE ? null : replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy = [...value];
    if (rest.length === 0 && replacement === REMOVE) copy.splice(Number(head), 1);
    else copy[Number(head)] = apply(copy[Number(head)], rest, replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  if (rest.length === 0 && replacement === REMOVE) delete copy[head];
  else copy[head] = apply(copy[head], rest, replacement);
  return copy;
}

/** `base` with 1–4 random mutations (never at the root, so the result stays an object). */
export function mutated<T>(
  base: T,
  values: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 2 }),
): fc.Arbitrary<T> {
  const mutation = fc.tuple(fc.nat(), fc.oneof(fc.constant(REMOVE), values));
  return fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations: Mutation[]) => {
    let current: Json = base;
    for (const [pick, replacement] of mutations) {
      const all = paths(current).filter((p) => p.length > 0);
      const path = all[pick % Math.max(1, all.length)];
      if (path) current = apply(current, path, replacement);
    }
    return current as T;
  });
}
