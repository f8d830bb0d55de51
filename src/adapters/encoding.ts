/**
 * Text from the bytes of a file, as Norwegian Excel saves it: UTF-8 ("CSV UTF-8"), or Windows-1252
 * (plain "CSV (semikolondelt)", Excel's default on Norwegian Windows), where "Måned" is the byte
 * E5 and would otherwise come out as "M�ned".
 *
 * @module
 */

/** Text and the encoding it was read as. */
export interface DecodedText {
  text: string;
  encoding: "utf-8" | "windows-1252";
}

/**
 * Decodes a file's bytes: UTF-8 when they are valid UTF-8 (a byte-order mark is kept, the
 * adapters drop it), else Windows-1252. Valid UTF-8 is almost never accidental in Windows-1252
 * text with letters like æ, ø and å, so the check is safe in that direction.
 *
 * @example
 * ```ts
 * decodeText(Uint8Array.of(0x4d, 0xe5, 0x6e, 0x65, 0x64)); // { text: "Måned", encoding: "windows-1252" }
 * decodeText(new TextEncoder().encode("Måned"));           // { text: "Måned", encoding: "utf-8" }
 * ```
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: windows1252(bytes), encoding: "windows-1252" };
  }
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
