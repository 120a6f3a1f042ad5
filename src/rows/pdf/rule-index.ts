// Lookups the grid makes for every band and column, answered from indexes instead of
// a scan of every rule: a ruled 800 × 800 grid asked 640,000 times whether any of its
// 1,600 rules crossed a point (100 s). Each answer is the one the scan gave.

/** A rule as the index sees it: where it stands across (x of a vertical rule), and the span it runs along. */
export interface Rule {
  at: number;
  from: number;
  to: number;
}

/**
 * «Is there a rule within `snap` of line k that covers v (with `slack`)?» for lines at
 * the given coordinates: each line's rules merged into sorted spans, searched by halves.
 */
export function rulesAcross(
  rules: readonly Rule[],
  lines: readonly number[],
  snap: number,
  slack: number,
): (k: number, v: number) => boolean {
  const sorted = [...rules].sort((a, b) => a.at - b.at);
  const spans = lines.map((line) => {
    const near = between(sorted, line - snap, line + snap).filter((r) => Math.abs(r.at - line) < snap);
    return merged(near.map((r) => [Math.min(r.from, r.to) - slack, Math.max(r.from, r.to) + slack] as const));
  });
  return (k, v) => covers(spans[k] ?? [], v);
}

/** The rules whose `at` lies in [low, high], from rules sorted by it. */
function between(sorted: readonly Rule[], low: number, high: number): Rule[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as Rule).at < low) lo = mid + 1;
    else hi = mid;
  }
  const out: Rule[] = [];
  for (let i = lo; i < sorted.length && (sorted[i] as Rule).at <= high; i++) out.push(sorted[i] as Rule);
  return out;
}

function merged(spans: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function covers(spans: ReadonlyArray<readonly [number, number]>, v: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = spans[mid] as readonly [number, number];
    if (v < a) hi = mid - 1;
    else if (v > b) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The first i with bounds[i] <= v <= bounds[i + 1] (i < bounds.length − 1), bounds ascending; −1 for none. */
export function slotOf(bounds: readonly number[], v: number): number {
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((bounds[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  // lo: the first bound not below v.
  if (lo === 0) return bounds.length > 1 && bounds[0] === v ? 0 : -1;
  return lo < bounds.length ? lo - 1 : -1;
}
