/**
 * Text from the bytes of a file, as Norwegian Excel saves it: UTF-8 ("CSV UTF-8", with a
 * byte-order mark), UTF-16LE ("Unicode-tekst", tab-separated), or Windows-1252 (plain "CSV
 * (semikolondelt)", Excel's default on Norwegian Windows), where "Måned" is the byte E5 and would
 * otherwise come out as "M�ned". The encoding is decided by evidence in the bytes, and a file
 * that mixes encodings (lines pasted from another file) is read line by line and named.
 *
 * @module
 */
import type { SpcIssue } from "../errors.js";

/** An encoding {@link decodeText} reads; `mixed` is UTF-8 and Windows-1252 lines in one file. */
export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | "mixed";

/** Text, and the evidence of how it was read. */
export interface DecodedText {
  /** The text; a byte-order mark is kept as `\uFEFF` at its start (the adapters drop it). */
  text: string;
  encoding: TextEncodingName;
  /** The bytes began with a byte-order mark. */
  bom: boolean;
  /** For `mixed`: the 1-based lines that were not UTF-8 and were read as Windows-1252. */
  windows1252Lines?: number[];
}

/** An issue about how a file's text was read, with the values its message names. */
export interface EncodingIssue extends SpcIssue {
  params: { lines: number[] };
}

const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const UTF16LE = new TextDecoder("utf-16le", { ignoreBOM: true });

/**
 * Decodes a file's bytes by the evidence in them, in this order:
 *
 * 1. a byte-order mark: UTF-8 (EF BB BF), UTF-16LE (FF FE), UTF-16BE (FE FF);
 * 2. UTF-16 without a mark, recognised by its NUL bytes (every other byte of ASCII text);
 * 3. valid UTF-8 — almost never accidental in Windows-1252 text with letters like æ, ø and å;
 * 4. else Windows-1252 — unless some lines are valid UTF-8 with letters beyond ASCII and others
 *    are not: then each line is read by its own evidence, the encoding is `mixed`, and
 *    `windows1252Lines` names the lines read as Windows-1252 (see {@link encodingIssue}).
 *
 * @example
 * ```ts
 * decodeText(Uint8Array.of(0x4d, 0xe5, 0x6e, 0x65, 0x64)); // { text: "Måned", encoding: "windows-1252", bom: false }
 * decodeText(new TextEncoder().encode("Måned"));           // { text: "Måned", encoding: "utf-8", bom: false }
 * decodeText(Uint8Array.of(0xff, 0xfe, 0x41, 0x00));       // { text: "\uFEFFA", encoding: "utf-16le", bom: true }
 * ```
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return { ...eightBit(bytes), bom: true };
  if (b0 === 0xff && b1 === 0xfe) return { text: UTF16LE.decode(bytes), encoding: "utf-16le", bom: true };
  if (b0 === 0xfe && b1 === 0xff) return { text: UTF16LE.decode(swapPairs(bytes)), encoding: "utf-16be", bom: true };
  const sixteen = utf16ByNuls(bytes);
  if (sixteen === "utf-16le") return { text: UTF16LE.decode(bytes), encoding: "utf-16le", bom: false };
  if (sixteen === "utf-16be") return { text: UTF16LE.decode(swapPairs(bytes)), encoding: "utf-16be", bom: false };
  return { ...eightBit(bytes), bom: false };
}

/**
 * The warning for a file read as `mixed`, naming the lines read as Windows-1252; `null` for a
 * file read in one encoding (nothing to warn about: it was read correctly).
 *
 * @example
 * ```ts
 * encodingIssue({ text: "", encoding: "mixed", bom: false, windows1252Lines: [4, 7] })?.message;
 * // "the file mixes encodings: lines 4, 7 are not UTF-8 and were read as Windows-1252 (the rest as UTF-8); check their æ, ø and å, and save the file again as \"CSV UTF-8\""
 * ```
 */
export function encodingIssue(decoded: DecodedText): EncodingIssue | null {
  if (decoded.encoding !== "mixed") return null;
  const lines = decoded.windows1252Lines ?? [];
  const shown = lines.length > 10 ? `${lines.slice(0, 10).join(", ")} and ${lines.length - 10} more` : lines.join(", ");
  return {
    code: "mixed_encoding",
    path: [],
    message: `the file mixes encodings: line${lines.length === 1 ? "" : "s"} ${shown} ${lines.length === 1 ? "is" : "are"} not UTF-8 and ${lines.length === 1 ? "was" : "were"} read as Windows-1252 (the rest as UTF-8); check their æ, ø and å, and save the file again as "CSV UTF-8"`,
    params: { lines },
  };
}

/** UTF-16BE bytes as UTF-16LE (an odd last byte is dropped, as a decoder would). */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1]!;
    out[i + 1] = bytes[i]!;
  }
  return out;
}

/**
 * UTF-16 without a byte-order mark, told by its NUL bytes: text in Latin letters has a NUL as
 * every second byte (odd positions for little-endian), where 8-bit text has none.
 */
function utf16ByNuls(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.4 && even <= pairs * 0.05) return "utf-16le";
  if (even >= pairs * 0.4 && odd <= pairs * 0.05) return "utf-16be";
  return null;
}

/**
 * Whether bytes are well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF):
 * checked by hand so that a file of many Windows-1252 lines costs no exception per line.
 */
function isUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return false;
    const second = bytes[i + 1];
    if (second === undefined || second < lo || second > hi) return false;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return false;
    }
    i += need + 1;
  }
  return true;
}

/** UTF-8 when valid, else Windows-1252 — or line by line when the lines disagree. */
function eightBit(bytes: Uint8Array): { text: string; encoding: TextEncodingName; windows1252Lines?: number[] } {
  try {
    return { text: UTF8.decode(bytes), encoding: "utf-8" };
  } catch {
    // Not UTF-8 as a whole: look line by line.
  }
  const parts: string[] = [];
  const latin: number[] = [];
  let utf8Letters = false;
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    const c = bytes[i];
    const end = i === bytes.length || c === 0x0a || (c === 0x0d && bytes[i + 1] !== 0x0a);
    if (!end) continue;
    const segment = bytes.subarray(start, i === bytes.length ? i : i + 1);
    let text: string | null = null;
    if (segment.some((b) => b >= 0x80)) {
      if (isUtf8(segment)) {
        text = UTF8.decode(segment);
        utf8Letters = true;
      } else {
        latin.push(line);
      }
    }
    parts.push(text ?? windows1252(segment));
    line++;
    start = i + 1;
  }
  if (!utf8Letters) return { text: windows1252(bytes), encoding: "windows-1252" };
  return { text: parts.join(""), encoding: "mixed", windows1252Lines: latin };
}

/** Windows-1252's characters for the bytes 0x80–0x9F (the rest are Latin-1); 0 where it has none. */
const HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Decoded by hand: Node 20's TextDecoder("windows-1252") reads 0x80–0x9F as control characters
 * (so "€", "–" and "’" would vanish), where browsers follow the WHATWG table.
 */
function windows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 4096) {
    const chunk = Array.from(bytes.subarray(i, i + 4096), (b) => (b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80] || b : b));
    for (const code of chunk) out += String.fromCharCode(code);
  }
  return out;
}
