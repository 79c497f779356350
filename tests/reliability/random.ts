/** A small seeded generator, so a failing kill schedule can be replayed with the same seed. */
export { mulberry32 as seededRandom } from '../fixtures/mulberry32';

/** A seed from the environment (RELIABILITY_SEED) or from the clock; printed by the tests. */
export function chooseSeed(): number {
  const fromEnv = Number(process.env.RELIABILITY_SEED);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : Date.now() % 2_147_483_647;
}

/** A whole number from the environment, or the default when unset or not a positive integer. */
export function envCount(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
