// Texts that repeat down a report (sector names, column 6's programme names) are
// worked out once. The memory is bounded: past `atMost` entries it starts afresh.
export function memoize<T>(compute: (text: string) => T, atMost = 10_000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    let value = seen.get(text);
    if (value === undefined) {
      value = compute(text);
      if (seen.size >= atMost) seen.clear();
      seen.set(text, value);
    }
    return value;
  };
}
