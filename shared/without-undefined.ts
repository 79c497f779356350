/**
 * A copy of `value` without the keys whose value is undefined: a stored record holds only what is
 * known, and a partial setting spread over the defaults never erases one.
 */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
