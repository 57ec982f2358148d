// A very small schema kit: each schema is a type guard that checks a value completely, and the
// type it guards is derived from it (Infer), so a message or stored value has one definition.
// Hand-written rather than a library: the whole kit is a few dozen lines in every bundle, while the
// extension's values are few and flat (see the commit that added it).
// Each schema maker is marked as free of side effects: a bundle that never checks a value with a
// schema built at a module's top level (a content script and the popup's messages, say) drops it.

export type Schema<T> = (value: unknown) => value is T
export type Infer<S> = S extends Schema<infer T> ? T : never

/** The largest count or total we believe: far above any real page, far below float noise. */
export const MAX_COUNT = 1_000_000

export const boolean: Schema<boolean> = (v): v is boolean => typeof v === 'boolean'

/** A whole number in [0, max]; NaN, Infinity, 1e308 and fractions are rejected. */
/* @__NO_SIDE_EFFECTS__ */
export function count(max = MAX_COUNT): Schema<number> {
  return (v): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= max
}

/** One of a fixed list of strings (ids, never free text). */
/* @__NO_SIDE_EFFECTS__ */
export function oneOf<const T extends readonly string[]>(values: T): Schema<T[number]> {
  const set: ReadonlySet<unknown> = new Set(values)
  return (v): v is T[number] => typeof v === 'string' && set.has(v)
}

/** A string matching `pattern` (anchored by the caller); used for ids, never for page text. */
/* @__NO_SIDE_EFFECTS__ */
export function matching(pattern: RegExp): Schema<string> {
  return (v): v is string => typeof v === 'string' && pattern.test(v)
}

/* @__NO_SIDE_EFFECTS__ */
export function literal<const T extends string | number | boolean>(value: T): Schema<T> {
  return (v): v is T => v === value
}

/* @__NO_SIDE_EFFECTS__ */
export function arrayOf<T>(item: Schema<T>, maxLength = 1000): Schema<T[]> {
  return (v): v is T[] => Array.isArray(v) && v.length <= maxLength && v.every((x) => item(x))
}

/* @__NO_SIDE_EFFECTS__ */
export function nullable<T>(schema: Schema<T>): Schema<T | null> {
  return (v): v is T | null => v === null || schema(v)
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** A schema for a key that may be absent (an object() field). */
export interface OptionalSchema<T> {
  (value: unknown): value is T | undefined
  readonly optional: true
}

/* @__NO_SIDE_EFFECTS__ */
export function optional<T>(schema: Schema<T>): OptionalSchema<T> {
  const check = (v: unknown): v is T | undefined => v === undefined || schema(v)
  return Object.assign(check, { optional: true as const })
}

type Shape = Record<string, Schema<unknown>>
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S]
type Simplify<T> = { [K in keyof T]: T[K] }
type ObjectOf<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined> }
>

/** An object with exactly these keys (optional() ones may be absent), each valid; an unknown key is a malformed value, not ignored. */
/* @__NO_SIDE_EFFECTS__ */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  const keys = Object.keys(shape)
  return (v): v is ObjectOf<S> => {
    if (!isPlainObject(v)) return false
    for (const key of Object.keys(v)) if (!Object.hasOwn(shape, key)) return false
    return keys.every((key) =>
      Object.hasOwn(v, key) ? shape[key]!(v[key]) : (shape[key] as Partial<OptionalSchema<unknown>>).optional === true,
    )
  }
}

/** An object whose keys all pass `key` and whose values all pass `value` (e.g. counts per category). */
/* @__NO_SIDE_EFFECTS__ */
export function recordOf<K extends string, V>(key: Schema<K>, value: Schema<V>, maxKeys = 1000): Schema<Partial<Record<K, V>>> {
  return (v): v is Partial<Record<K, V>> => {
    if (!isPlainObject(v)) return false
    const entries = Object.entries(v)
    return entries.length <= maxKeys && entries.every(([k, x]) => key(k) && value(x))
  }
}

/** One of several schemas (a union of message types, say). */
/* @__NO_SIDE_EFFECTS__ */
export function union<T extends readonly Schema<unknown>[]>(...schemas: T): Schema<Infer<T[number]>> {
  return (v): v is Infer<T[number]> => schemas.some((s) => s(v))
}
