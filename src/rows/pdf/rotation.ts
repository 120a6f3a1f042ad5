// Content drawn turned: a driver that puts a landscape page on a portrait sheet by
// turning its content (instead of setting /Rotate), or a /Rotate page drawn sideways.
// The direction most glyphs run in says how to turn the page back.
import { IDENTITY, isMatrix, multiply, type Matrix } from './matrix.js';
import type { OperatorCodes, OperatorList } from './operators.js';

/** The matrix that turns content drawn at `degrees` (a multiple of 90) back upright. */
export function unrotate(degrees: number): Matrix {
  const r = (-degrees * Math.PI) / 180;
  const c = Math.round(Math.cos(r));
  const s = Math.round(Math.sin(r));
  return [c, s, -s, c, 0, 0];
}

/**
 * The direction most of the page's text runs in, in quarter turns as degrees (0, 90,
 * 180, 270): a quick pass over the matrices only, weighted by the glyphs shown.
 */
export function textRotation(ops: OperatorList, OPS: OperatorCodes): number {
  const votes = [0, 0, 0, 0];
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  let tm: Matrix = IDENTITY;
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = (ops.argsArray[i] ?? []) as unknown[];
    if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      if (fn === OPS.paintFormXObjectBegin && isMatrix(args[0])) ctm = multiply(ctm, args[0]);
    } else if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && isMatrix(args)) ctm = multiply(ctm, args);
    else if (fn === OPS.beginText) tm = IDENTITY;
    else if (fn === OPS.setTextMatrix) {
      const m = isMatrix(args[0]) ? args[0] : isMatrix(args) ? args : undefined;
      if (m) tm = [m[0], m[1], m[2], m[3], m[4], m[5]];
    } else if (fn === OPS.showText && Array.isArray(args[0])) {
      const d = multiply(ctm, tm);
      const quarter = ((Math.round(Math.atan2(d[1], d[0]) / (Math.PI / 2)) % 4) + 4) % 4;
      votes[quarter] = (votes[quarter] as number) + (args[0] as unknown[]).length;
    }
  }
  const total = votes.reduce((a, b) => a + b, 0);
  const best = votes.indexOf(Math.max(...votes));
  return total > 0 && best !== 0 && (votes[best] as number) > total / 2 ? best * 90 : 0;
}
