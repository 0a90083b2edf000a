// Memoisation of pure string functions that run on the same names over and over (normalisation keys, slugs).

/** `f` with its results cached by argument; the cache is dropped whole when it reaches `max` entries. */
export function memoize<T>(f: (s: string) => T, max = 50_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string): T => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      if (cache.size >= max) cache.clear();
      v = f(s);
      cache.set(s, v);
    }
    return v as T;
  };
}
