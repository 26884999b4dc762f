// Hostile inputs for fuzzing: wrong types, huge strings, emoji and control characters, SQL and HTML fragments,
// missing and extra fields, negative and enormous numbers, dates out of range, and ids of other tenants.
import fc from "fast-check";

const SQL = ["' OR 1=1 --", "'; DROP TABLE \"Person\"; --", "\" OR \"\"=\"", "1; SELECT pg_sleep(5)", "$1", "%", "_", "\\", "/*", "' UNION SELECT * FROM \"User\" --"];
const HTML = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "<svg onload=alert(1)>", "\"><iframe src=//evil>", "{{7*7}}", "${7*7}"];
const WEIRD = ["", " ", "\u0000", "\u0000abc", "\u202e", "\ufeff", "\r\n", "\t", "😀👍🏽🇨🇳", "𠮷野家", "ａｂｃ", "null", "undefined", "NaN", "true", "[]", "{}", "../../etc/passwd", "C:\\Windows", "%00", "%2e%2e%2f"];
const DATES = ["0000-00-00", "9999-12-31", "1900-01-01", "2026-02-30", "2026-13-01", "-001-01-01", "+275760-09-13T00:00:00.000Z", "2026-11-26T25:61:61Z", "1e309"];

export const nastyString = fc.oneof(
  fc.constantFrom(...SQL, ...HTML, ...WEIRD, ...DATES),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: fc.constantFrom("\u0000", "\u0007", "\u001b", "\u007f", "\u2028", "a", "中"), maxLength: 20 }),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => "长".repeat(n)),
  fc.stringMatching(/^[a-z0-9]{20,30}$/),
  fc.stringMatching(/^1\d{10}$/),
);

export const nastyNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 1, -0, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), Number.MAX_VALUE, Number.MIN_VALUE, Infinity, -Infinity, NaN),
);

export const nastyScalar = fc.oneof(nastyString, nastyNumber, fc.boolean(), fc.constant(null), fc.constant(undefined), fc.date({ noInvalidDate: false }).map((d) => d as unknown));

export const nastyValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { maxDepth: 3 },
    nastyScalar,
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(fc.oneof(nastyString, fc.constantFrom("__proto__", "constructor", "prototype")), tie("value"), { maxKeys: 5 }),
  ),
})).value;

/** An object with the given keys (each present or missing) filled with hostile values, plus extra keys. */
export function nastyObject(keys: string[], extras: Record<string, fc.Arbitrary<unknown>> = {}) {
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const k of keys) shape[k] = extras[k] ? fc.oneof(extras[k], nastyValue) : nastyValue;
  return fc
    .tuple(fc.record(shape, { requiredKeys: [] }), fc.dictionary(nastyString, nastyValue, { maxKeys: 3 }))
    .map(([a, b]) => ({ ...b, ...a }));
}
