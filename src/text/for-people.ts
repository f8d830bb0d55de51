/**
 * User text inside messages for people: a CSV header, a cell, a column or file name, an option's
 * value. Such text can hold control characters (an escape sequence would drive the terminal),
 * bidirectional overrides (which reorder what the reader sees), or be 50 MB long (a file
 * without line breaks). Every message that echoes user text goes through {@link quoted} (or
 * {@link forPeople} when the quotes are not wanted), so that it is one readable line.
 *
 * @module
 */

/** The longest user text a message quotes, in characters, before it is cut with "…". */
export const QUOTE_LENGTH = 60;

// C0 controls, DEL, C1 controls, the line and paragraph separators, and the invisible
// direction marks and overrides (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069), and U+FEFF.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** The first `max` characters (code points) of `text`, and whether there was more. */
function head(text: string, max: number): { text: string; cut: boolean } {
  // Walks only as far as needed: a 50 MB header costs no more than a short one.
  let end = 0;
  let count = 0;
  while (end < text.length && count < max) {
    const code = text.charCodeAt(end);
    end += code >= 0xd800 && code <= 0xdbff && end + 1 < text.length ? 2 : 1;
    count++;
  }
  return { text: text.slice(0, end), cut: end < text.length };
}

function escapeChar(c: string, quotes: boolean, lines = false): string {
  if (quotes && (c === '"' || c === "\\")) return `\\${c}`;
  if (!UNSAFE.test(c) || (lines && (c === "\n" || c === "\t"))) return c;
  return NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

function escapeAll(text: string, quotes: boolean, lines = false): string {
  // Most messages have nothing to escape: no copy then.
  if (!quotes && !UNSAFE_ANY.test(text) && !LONE_SURROGATE.test(text)) return text;
  let out = "";
  for (const c of text) {
    const code = c.charCodeAt(0);
    // A lone surrogate cannot be written as UTF-8: shown by its code.
    out += c.length === 1 && code >= 0xd800 && code <= 0xdfff ? `\\u${code.toString(16)}` : escapeChar(c, quotes, lines);
  }
  return out;
}

const UNSAFE_ANY = new RegExp(UNSAFE.source);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The longest message line {@link safeMessage} lets through. */
export const MESSAGE_LENGTH = 4000;

/**
 * A whole message made safe to print, the last guard for user text that reached it unquoted:
 * control characters but line breaks and tabs escaped, cut after {@link MESSAGE_LENGTH}
 * characters with "…".
 *
 * @example
 * ```ts
 * safeMessage("data[0].y: \u001b[31mred"); // "data[0].y: \\u001b[31mred"
 * ```
 */
export function safeMessage(text: string, max = MESSAGE_LENGTH): string {
  const { text: shown, cut } = head(String(text), max);
  return `${escapeAll(shown, false, true)}${cut ? "…" : ""}`;
}

/**
 * User text made safe to print: control characters and direction overrides shown as escapes
 * (`\n`, `\u001b`), cut after `max` characters with "…". No quotes are added.
 *
 * @example
 * ```ts
 * forPeople("Fall\u001b[2J"); // "Fall\\u001b[2J"
 * forPeople("a".repeat(100), 10); // "aaaaaaaaaa…"
 * ```
 */
export function forPeople(text: string, max = QUOTE_LENGTH): string {
  const { text: shown, cut } = head(String(text), max);
  return `${escapeAll(shown, false)}${cut ? "…" : ""}`;
}

/**
 * User text in double quotes for a message, as {@link forPeople} makes it, with `"` and `\`
 * escaped as in JSON so the quotes always show where the text begins and ends.
 *
 * @example
 * ```ts
 * quoted("Antall fall"); // '"Antall fall"'
 * quoted('a "b"\n'); // '"a \\"b\\"\\n"'
 * quoted("x".repeat(100), 5); // '"xxxxx…"'
 * ```
 */
export function quoted(text: string, max = QUOTE_LENGTH): string {
  const { text: shown, cut } = head(String(text), max);
  return `"${escapeAll(shown, true)}${cut ? "…" : ""}"`;
}

/**
 * A list of user texts for a message, each {@link quoted}, at most `most` of them, then how
 * many more: a header of a million columns stays one short line.
 *
 * @example
 * ```ts
 * quotedList(["Dato", "Fall"]); // '"Dato", "Fall"'
 * quotedList(["a", "b", "c"], 2); // '"a", "b" and 1 more'
 * ```
 */
export function quotedList(texts: readonly string[], most = 20): string {
  const shown = texts.slice(0, most).map((t) => quoted(t));
  return texts.length > most ? `${shown.join(", ")} and ${texts.length - most} more` : shown.join(", ");
}
