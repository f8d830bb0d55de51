/**
 * JSON written in pieces: the same text as `JSON.stringify(value, null, indent)`, but long
 * arrays (a result's points) are written element by element and handed out in chunks, so that a
 * result of a million points never becomes one string (V8 refuses strings over about 512 MB:
 * "Invalid string length").
 *
 * @module
 */

/** Arrays longer than this are written element by element; shorter ones (and their elements) whole. */
const LONG = 256;

/** About this many characters are handed to `write` at a time. */
const CHUNK = 1 << 16;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v) && typeof (v as { toJSON?: unknown }).toJSON !== "function";
}

/** Whether a value holds a long array somewhere below (then it is written in parts). */
function holdsLong(v: unknown, depth = 0): boolean {
  if (depth > 4) return false;
  if (Array.isArray(v)) return v.length > LONG || v.some((x) => holdsLong(x, depth + 1));
  if (isPlainObject(v)) return Object.values(v).some((x) => holdsLong(x, depth + 1));
  return false;
}

/**
 * Writes `value` as JSON through `write`, in chunks of about 64 kB; the text is exactly that of
 * `JSON.stringify(value, null, indent)` (`indent` 0 or absent: one line).
 *
 * @example
 * ```ts
 * let out = "";
 * writeJson({ points: [1, 2, 3] }, (s) => (out += s), 2);
 * out === JSON.stringify({ points: [1, 2, 3] }, null, 2); // true
 * ```
 */
export function writeJson(value: unknown, write: (text: string) => void, indent = 0): void {
  let buffer = "";
  const emit = (text: string) => {
    buffer += text;
    if (buffer.length >= CHUNK) {
      write(buffer);
      buffer = "";
    }
  };
  const gap = " ".repeat(indent);
  // A whole value at `depth`: JSON.stringify indents nested lines from 0, so shift them.
  const whole = (v: unknown, pad: string): string => {
    const text = indent > 0 ? JSON.stringify(v, null, indent) : JSON.stringify(v);
    return pad === "" || text === undefined ? text : text.replace(/\n/g, `\n${pad}`);
  };
  const walk = (v: unknown, pad: string): void => {
    if (!holdsLong(v)) {
      emit(whole(v, pad));
      return;
    }
    const inner = pad + gap;
    const nl = indent > 0 ? `\n${inner}` : "";
    const sep = indent > 0 ? ": " : ":";
    if (Array.isArray(v)) {
      emit("[");
      v.forEach((item, i) => {
        emit(i === 0 ? nl : `,${nl}`);
        // JSON.stringify writes undefined and functions in arrays as null.
        if (item === undefined || typeof item === "function" || typeof item === "symbol") emit("null");
        else walk(item, inner);
      });
      emit(v.length > 0 && indent > 0 ? `\n${pad}]` : "]");
      return;
    }
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined && typeof x !== "function" && typeof x !== "symbol");
    emit("{");
    entries.forEach(([key, item], i) => {
      emit(`${i === 0 ? nl : `,${nl}`}${JSON.stringify(key)}${sep}`);
      walk(item, inner);
    });
    emit(entries.length > 0 && indent > 0 ? `\n${pad}}` : "}");
  };
  walk(value, "");
  if (buffer !== "") write(buffer);
}
