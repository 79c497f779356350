/** Makes a `switch` exhaustive: the compiler rejects a call when a case is left out. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
