/**
 * fast-check generators of what a compromised or buggy window could send over IPC: any JSON-ish
 * value, wrong types, huge strings, deep nesting, prototype keys, and objects with the channel's
 * own keys holding such values.
 */
import fc from 'fast-check';
import type { z } from 'zod';

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** An object nested `depth` levels deep: {a:{a:{…}}}. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = { a: value, list: [value] };
  return value;
}

/** An object whose own keys include a prototype key, as JSON.parse builds it (an own `__proto__`). */
function withProtoKey(key: (typeof PROTO_KEYS)[number], inner: unknown, rest: Record<string, unknown>): unknown {
  // A computed key defines an own property even for __proto__; the JSON round trip keeps it own.
  return JSON.parse(JSON.stringify({ ...rest, [key]: inner })) as unknown;
}

const hugeString = fc.integer({ min: 10_000, max: 2_000_000 }).map((n) => 'A'.repeat(n));
const trickyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', '\0', '../../etc/passwd', 'C:\\Windows\\System32', '=cmd|"/c calc"!A1', '2026-02-30', '9999-99-99', 'NaN', '__proto__'),
);

/** A single hostile value: primitives of every type, huge strings, odd numbers, deep nesting, prototype keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.anything({ maxDepth: 4, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true }) },
  { weight: 2, arbitrary: trickyString },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2, 1e308, -1) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 3_000 }).map(deeplyNested) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...PROTO_KEYS), fc.anything({ maxDepth: 2 }), fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 })))
      .map(([key, inner, rest]) => withProtoKey(key, { polluted: true, isAdmin: true, inner: inner ?? null }, rest)),
  },
);

/** The keys of a channel's object schema (through optional), or [] when it is not an object. */
export function schemaKeys(schema: z.ZodType): string[] {
  let current: unknown = schema;
  for (let i = 0; i < 3; i += 1) {
    const s = current as { shape?: Record<string, unknown>; unwrap?: () => unknown };
    if (s.shape && typeof s.shape === 'object') return Object.keys(s.shape);
    if (typeof s.unwrap === 'function') current = s.unwrap();
    else break;
  }
  return [];
}

/** Payloads for a channel: anything at all, or an object with the channel's keys (some missing, some extra) holding hostile values. */
export function hostilePayload(keys: readonly string[]): fc.Arbitrary<unknown> {
  if (keys.length === 0) return hostileValue;
  const shaped = fc
    .tuple(
      fc.subarray([...keys]),
      fc.array(hostileValue, { minLength: keys.length, maxLength: keys.length }),
      fc.option(fc.tuple(fc.constantFrom(...PROTO_KEYS, 'extra', 'admin'), hostileValue), { nil: undefined }),
    )
    .map(([present, values, extra]) => {
      const out: Record<string, unknown> = {};
      present.forEach((k, i) => {
        out[k] = values[i];
      });
      if (extra) Object.defineProperty(out, extra[0], { value: extra[1], enumerable: true, configurable: true, writable: true });
      return out;
    });
  return fc.oneof({ weight: 1, arbitrary: hostileValue }, { weight: 3, arbitrary: shaped });
}
