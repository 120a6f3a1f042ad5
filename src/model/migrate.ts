// Reports written by earlier versions of the tool, brought to this schema so that
// `diff` and `history` can read last quarter's JSON. Each step fills what the newer
// schema added, with the value the older tool would have meant.
import { shippedExecutors } from '../enrich/executors/registry.js';
import { ExecutorResolver } from '../enrich/executors/resolve.js';
import { executorSummaries } from '../enrich/summaries.js';
import type { Measure } from './schema.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** 1.0.0 → 2.0.0: fundingSource, programme refs' provisionalId and candidates, summaries' resolved. */
function from1(report: Json): Json {
  const priorities = Array.isArray(report.priorities) ? report.priorities : [];
  for (const p of priorities.filter(isObject))
    for (const s of (Array.isArray(p.sectors) ? p.sectors : []).filter(isObject))
      for (const t of (Array.isArray(s.tasks) ? s.tasks : []).filter(isObject))
        for (const m of (Array.isArray(t.measures) ? t.measures : []).filter(isObject)) {
          m.fundingSource ??= null;
          for (const r of (Array.isArray(m.programRefs) ? m.programRefs : []).filter(isObject)) {
            r.provisionalId ??= null;
            r.candidates ??= [];
          }
        }
  for (const summary of (Array.isArray(report.programs) ? report.programs : []).filter(isObject))
    summary.resolved ??= true;
  return { ...report, schemaVersion: '2.0.0' };
}

/** 2.0.0 → 2.1.0: priority and sector numbers, measures' planned and actual amounts, note and extra columns, totals. */
function from2(report: Json): Json {
  for (const p of (Array.isArray(report.priorities) ? report.priorities : []).filter(isObject)) {
    p.number ??= null;
    for (const s of (Array.isArray(p.sectors) ? p.sectors : []).filter(isObject)) {
      s.number ??= null;
      s.heading ??= typeof s.name === 'string' ? s.name : '';
      for (const t of (Array.isArray(s.tasks) ? s.tasks : []).filter(isObject))
        for (const m of (Array.isArray(t.measures) ? t.measures : []).filter(isObject)) {
          m.plannedThousandUah ??= null;
          m.actualThousandUah ??= null;
          m.note ??= null;
          m.extra ??= {};
        }
    }
  }
  if (isObject(report.report)) report.report.totals ??= [];
  return { ...report, schemaVersion: '2.1.0' };
}

let resolver: ExecutorResolver | undefined;
/** The shipped executor registry, for reports written before executors had ids. */
const shippedResolver = (): ExecutorResolver => {
  resolver ??= new ExecutorResolver(shippedExecutors());
  return resolver;
};

/** Rules whose status the 2.2.0 tool calls a guess. */
const GUESSING_RULES = new Set(['completed.impersonal-past', 'unknown.no-match']);

/**
 * 2.1.0 → 2.2.0: more input formats; status confidence, from the rule that decided;
 * amounts exact unless said; executors resolved by the shipped registry.
 */
function from21(report: Json): Json {
  const measures: Json[] = [];
  for (const p of (Array.isArray(report.priorities) ? report.priorities : []).filter(isObject))
    for (const s of (Array.isArray(p.sectors) ? p.sectors : []).filter(isObject))
      for (const t of (Array.isArray(s.tasks) ? s.tasks : []).filter(isObject))
        for (const m of (Array.isArray(t.measures) ? t.measures : []).filter(isObject)) {
          m.statusConfidence ??= GUESSING_RULES.has(String(m.statusRule)) ? 'low' : 'high';
          const executors = Array.isArray(m.executors) ? m.executors.map(String) : [];
          m.executorIds ??= executors.map((e) => shippedResolver().resolve(e).id);
          for (const a of (Array.isArray(m.amounts) ? m.amounts : []).filter(isObject)) a.approximate ??= false;
          measures.push(m);
        }
  const executors = executorSummaries(measures as unknown as Measure[], shippedResolver().entries);
  return { ...report, executors: report.executors ?? executors, schemaVersion: '2.2.0' };
}

// A Map: the version comes from the input, and a plain object would answer «constructor».
const STEPS: ReadonlyMap<string, (report: Json) => Json> = new Map([
  ['1.0.0', from1],
  ['2.0.0', from2],
  ['2.1.0', from21],
]);

export function upgradeReport(data: unknown): unknown {
  let report = data;
  for (let step = STEPS.get(versionOf(report)); step; step = STEPS.get(versionOf(report)))
    report = step(report as Json);
  return report;
}

const versionOf = (report: unknown): string =>
  isObject(report) && typeof report.schemaVersion === 'string' ? report.schemaVersion : '';
