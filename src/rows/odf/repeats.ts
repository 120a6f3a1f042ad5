// OpenDocument tables repeat cells and rows by count (`number-columns-repeated`,
// `number-rows-repeated`): a sheet's empty tail is one element repeated a million
// times. Empty ones are held back and written out only when content follows them.

/** Most cells or rows one repetition writes out (beyond that, an attack or a blank sheet). */
export const MAX_REPEAT = 1024;

/** An element's repetition count from its attribute (1 when absent or nonsense). */
export function repeatCount(attribs: Record<string, string>, key: string): number {
  const n = Number.parseInt(attribs[key] ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

/** The empty items held back, then the item `times` times, each capped at MAX_REPEAT. */
export function appendRepeated<T>(list: T[], heldBack: number, empty: () => T, item: () => T, times: number): void {
  for (let i = 0; i < Math.min(heldBack, MAX_REPEAT); i++) list.push(empty());
  for (let i = 0; i < Math.min(times, MAX_REPEAT); i++) list.push(item());
}
