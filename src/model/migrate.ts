// Reports written by earlier versions of the tool, brought to this schema so that
// `diff` and `history` can read last quarter's JSON. Each step fills what the newer
// schema added, with the value the older tool would have meant.
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

const STEPS: Readonly<Record<string, (report: Json) => Json>> = { '1.0.0': from1 };

export function upgradeReport(data: unknown): unknown {
  let report = data;
  while (isObject(report) && typeof report.schemaVersion === 'string' && STEPS[report.schemaVersion]) {
    report = (STEPS[report.schemaVersion] as (r: Json) => Json)(report);
  }
  return report;
}
