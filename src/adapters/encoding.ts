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
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}
