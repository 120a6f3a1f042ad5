// How hard the property and mutation tests push: modest in CI, far more under
// `npm run fuzz` (FUZZ_RUNS, FUZZ_MUTATIONS).
export const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
export const MUTATIONS = Number(process.env.FUZZ_MUTATIONS ?? 12);
/** A seed from the environment replays a failure; otherwise fast-check picks one and prints it. */
export const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
/** Time for one property test: generous, as `npm run fuzz` runs tens of thousands of cases. */
export const PROPERTY_TIMEOUT = Math.max(30_000, RUNS * 20);
