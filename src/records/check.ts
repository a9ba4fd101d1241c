/**
 * A record's zod schema compiled into a plain test of a value.
 *
 * zod's `safeParse` builds a full copy of what it checks. For our records —
 * objects we made ourselves, a dozen figures each — that copy was about a
 * seventh of the whole run's time (a warm pass over 30 MB: 1.36–1.48 s with
 * it, 1.15–1.23 s without), most of it in allocation and the collections it
 * brings. The test compiled here reads the same schema definition and
 * allocates nothing: a record it passes is one zod passes. A record it fails
 * goes to zod itself, which has the last word and says what is wrong.
 *
 * Only what the record schemas use is compiled: objects (unknown keys
 * ignored, as zod's default strips them), arrays, tuples, strings with
 * length and pattern checks, numbers with integer and bound checks,
 * booleans, enums, literals and nullables. Anything else throws when the
 * test is built, so a schema that grows a new construct fails the tests
 * instead of being let through.
 */
import type { z } from "zod";

/** A test of a value: true when the schema it was compiled from accepts it. */
export type Check = (value: unknown) => boolean;

/** The parts of zod's (v4) internal definitions read here. */
interface Schema {
  _zod: { def: Definition };
}
/** A format type (`z.int()`, `z.email()`) carries its own check in its definition. */
interface Definition extends Partial<CheckDefinition> {
  type: string;
  checks?: { _zod: { def: CheckDefinition } }[];
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  items?: Schema[];
  rest?: Schema | null;
  innerType?: Schema;
  entries?: Record<string, unknown>;
  values?: unknown[];
}
interface CheckDefinition {
  check: string;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: RegExp;
  value?: unknown;
  inclusive?: boolean;
}

function unsupported(what: string): never {
  throw new Error(`compileCheck: ${what} is not supported; extend src/records/check.ts or validate with zod alone`);
}

/** The test of one check on a string or a number. */
function compileRefinement(type: string, def: CheckDefinition): Check {
  const { check } = def;
  if (type === "string") {
    if (check === "min_length" && typeof def.minimum === "number") {
      const min = def.minimum;
      return (v) => (v as string).length >= min;
    }
    if (check === "max_length" && typeof def.maximum === "number") {
      const max = def.maximum;
      return (v) => (v as string).length <= max;
    }
    if (check === "string_format" && def.format === "regex" && def.pattern instanceof RegExp) {
      // A copy without `g` or `y`, whose `test` keeps no state between calls.
      const pattern = new RegExp(def.pattern.source, def.pattern.flags.replace(/[gy]/g, ""));
      return (v) => pattern.test(v as string);
    }
  }
  if (type === "number") {
    if (check === "number_format" && def.format === "safeint") return (v) => Number.isSafeInteger(v);
    if ((check === "greater_than" || check === "less_than") && typeof def.value === "number") {
      const bound = def.value;
      if (check === "greater_than") return def.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
      return def.inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
    }
  }
  return unsupported(`check "${check}"${def.format === undefined ? "" : ` (${def.format})`} on ${type}`);
}

/**
 * The value's own type test followed by its checks, in order. A format type
 * (`z.int()`, `z.email()`) is its own check: its definition carries it.
 */
function withChecks(type: string, base: Check, def: Definition): Check {
  const own = def.check === undefined ? [] : [compileRefinement(type, def as CheckDefinition)];
  const refinements = [...own, ...(def.checks ?? []).map((c) => compileRefinement(type, c._zod.def))];
  if (refinements.length === 0) return base;
  return (v) => {
    if (!base(v)) return false;
    for (const refinement of refinements) if (!refinement(v)) return false;
    return true;
  };
}

/** Keys of a definition that this module reads (or that change nothing it tests); any other is refused. */
const KNOWN_KEYS = new Set(["type", "checks", "check", "format", "pattern", "abort", "shape", "catchall", "element", "items", "rest", "innerType", "entries", "values"]);

function compile(schema: Schema): Check {
  const def = schema._zod.def;
  for (const key of Object.keys(def)) if (!KNOWN_KEYS.has(key)) unsupported(`"${key}" in a ${def.type} definition`);
  switch (def.type) {
    case "string":
      return withChecks("string", (v) => typeof v === "string", def);
    case "number":
      // zod (v4) refuses NaN and the infinities in any number.
      return withChecks("number", (v) => typeof v === "number" && Number.isFinite(v), def);
    case "boolean":
      if (def.checks?.length) unsupported("a check on a boolean");
      return (v) => typeof v === "boolean";
    case "literal": {
      const values = def.values ?? unsupported("a literal without values");
      return (v) => values.includes(v);
    }
    case "enum": {
      const entries = new Set(Object.values(def.entries ?? unsupported("an enum without entries")));
      return (v) => entries.has(v);
    }
    case "nullable": {
      const inner = compile(def.innerType ?? unsupported("a nullable without its type"));
      return (v) => v === null || inner(v);
    }
    case "array": {
      if (def.checks?.length) unsupported("a check on an array");
      const element = compile(def.element ?? unsupported("an array without its element"));
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (const item of v as unknown[]) if (!element(item)) return false;
        return true;
      };
    }
    case "tuple": {
      if (def.rest) unsupported("a tuple with a rest element");
      if (def.checks?.length) unsupported("a check on a tuple");
      const items = (def.items ?? unsupported("a tuple without items")).map(compile);
      return (v) => {
        if (!Array.isArray(v) || v.length !== items.length) return false;
        for (let i = 0; i < items.length; i++) if (!items[i]!(v[i])) return false;
        return true;
      };
    }
    case "object": {
      if (def.catchall !== undefined) unsupported("an object with a catchall (strict or passthrough)");
      if (def.checks?.length) unsupported("a check on an object");
      const fields = Object.entries(def.shape ?? unsupported("an object without a shape")).map(([key, field]) => [key, compile(field)] as const);
      return (v) => {
        if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
        const object = v as Record<string, unknown>;
        for (const [key, test] of fields) if (!test(object[key])) return false;
        return true;
      };
    }
    default:
      return unsupported(`a schema of type "${def.type}"`);
  }
}

/** Compiles `schema` into a test; throws when it uses what is not supported (see the module comment). */
export function compileCheck(schema: z.ZodType): Check {
  return compile(schema as unknown as Schema);
}
