// Inputs come from anywhere: Proxies, throwing getters, frozen or cyclic objects. Every read goes
// through these helpers so that one hostile property cannot make the normalizer throw.

export type Bag = Record<PropertyKey, unknown>;

export function isObject(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null;
}

export function read(target: unknown, key: PropertyKey): unknown {
  if (!isObject(target) && typeof target !== 'function') return undefined;
  try {
    return (target as Bag)[key];
  } catch {
    return undefined;
  }
}

export function readString(target: unknown, key: PropertyKey): string | undefined {
  const value = read(target, key);
  return typeof value === 'string' ? value : undefined;
}

/** A plain object (`{}` or `Object.create(null)`), not a class instance such as a stream or a Buffer. */
export function isPlainObject(value: unknown): value is Bag {
  if (!isObject(value)) return false;
  try {
    const proto: unknown = Object.getPrototypeOf(value);
    return proto === null || proto === Object.prototype;
  } catch {
    return false;
  }
}

export function isInstance(value: unknown, ctor: unknown): boolean {
  if (typeof ctor !== 'function') return false;
  try {
    return value instanceof (ctor as abstract new (...args: never[]) => unknown);
  } catch {
    return false;
  }
}

export function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** A MEXC code from a number or a numeric string (`"703"`); `undefined` when it is neither. */
export function toCode(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value + 0 : undefined; // -0 → 0
  if (typeof value === 'string' && /^\s*-?\d{1,16}\s*$/.test(value)) return toCode(Number(value));
  return undefined;
}

/** An HTTP status in 100..599, or `undefined`. */
export function toHttpStatus(value: unknown): number | undefined {
  const status = typeof value === 'string' ? Number(value) : value;
  return typeof status === 'number' && Number.isInteger(status) && status >= 100 && status <= 599 ? status : undefined;
}

/** Milliseconds from a `Retry-After` value: delta-seconds or an HTTP date. Capped at one hour. */
export function parseRetryAfter(value: unknown, now?: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  let ms: number | undefined;
  if (typeof value === 'number') ms = value * 1000;
  else if (typeof value === 'string' && value.trim()) {
    const trimmed = value.trim();
    ms = /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) * 1000 : Date.parse(trimmed) - (now ?? Date.now());
  }
  if (ms === undefined || !Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(0, Math.round(ms)), 3_600_000);
}

/** Reads one header from a `Headers` instance, an axios `AxiosHeaders` or a plain object. */
export function readHeader(headers: unknown, name: string): unknown {
  const get = read(headers, 'get');
  if (typeof get === 'function') {
    try {
      const value: unknown = get.call(headers, name);
      if (value !== undefined && value !== null) return value;
    } catch {
      // fall through to plain-object lookup
    }
  }
  return read(headers, name) ?? read(headers, name.toLowerCase());
}
