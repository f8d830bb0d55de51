/**
 * The parts of a zip file (an `.xlsx` workbook), each unzipped only when asked for.
 *
 * A workbook's sheet is most of its bytes: reading only the parts a table needs (the workbook,
 * styles, shared strings and the chosen sheet), and unzipping them with the platform's own zlib
 * when the caller has one (Node's `zlib.inflateRawSync`, several times faster than JavaScript),
 * is most of what makes a large workbook quick to read. The central directory is read here
 * (a few dozen lines of the zip format); `fflate` inflates when no native inflater is given
 * (the browser), and reads any zip this reader does not understand (zip64, encryption), so
 * that such a file still fails or succeeds exactly as before.
 *
 * @module
 */
import { inflateSync, unzipSync } from "fflate";

/**
 * Unzips raw deflate data (zip method 8) whose unzipped size is `size` bytes.
 *
 * @example
 * ```ts
 * import { inflateRawSync } from "node:zlib";
 * const inflate: Inflate = (data, size) => inflateRawSync(data, { chunkSize: Math.max(64, size) });
 * ```
 */
export type Inflate = (data: Uint8Array, size: number) => Uint8Array;

/** A zip's parts by name: their sizes known before any is unzipped. */
export interface ZipParts {
  /** The unzipped size of a part, or undefined when the zip has no part of that name. */
  size(name: string): number | undefined;
  /** A part's bytes, unzipped now, or undefined when there is none. */
  read(name: string): Uint8Array | undefined;
}

/** Inflates with `fflate`: the same in every JavaScript engine. */
const inflateInJs: Inflate = (data, size) => inflateSync(data, { out: new Uint8Array(size) });

interface Entry {
  method: number;
  compressed: number;
  size: number;
  /** Where the local header starts. */
  header: number;
}

/** The entries of the central directory, or null when this zip needs `fflate`'s reader. */
function centralDirectory(bytes: Uint8Array): Map<string, Entry> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535.
  let end = bytes.length - 22;
  const stop = Math.max(0, end - 65_535);
  while (end >= stop && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < stop) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  // Zip64 marks these with all ones: rare in workbooks, left to fflate.
  if (count === 0xffff || at === 0xffffffff) return null;
  const entries = new Map<string, Entry>();
  const names = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const header = view.getUint32(at + 42, true);
    // Encrypted, zip64 sizes, or a compression other than none/deflate: fflate decides.
    if ((flags & 1) !== 0 || compressed === 0xffffffff || size === 0xffffffff || header === 0xffffffff || (method !== 0 && method !== 8)) return null;
    entries.set(names.decode(bytes.subarray(at + 46, at + 46 + nameLength)), { method, compressed, size, header });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Opens a zip: reads its directory now, and each part when {@link ZipParts.read} asks for it.
 *
 * @param inflate - the platform's inflater, if it has one (default: `fflate`'s).
 * @throws {Error} when the bytes are not a zip (the caller words the message).
 * @example
 * ```ts
 * const zip = openZip(bytes);
 * const workbook = zip.read("xl/workbook.xml"); // Uint8Array, or undefined
 * ```
 */
export function openZip(bytes: Uint8Array, inflate: Inflate = inflateInJs): ZipParts {
  const entries = centralDirectory(bytes);
  if (entries === null) return openWithFflate(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return {
    size: (name) => entries.get(name)?.size,
    read(name) {
      const entry = entries.get(name);
      if (entry === undefined) return undefined;
      const h = entry.header;
      if (h + 30 > bytes.length || view.getUint32(h, true) !== 0x04034b50) throw new Error(`the part ${name} is damaged`);
      const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
      const data = bytes.subarray(start, start + entry.compressed);
      if (data.length !== entry.compressed) throw new Error(`the part ${name} is cut short`);
      if (entry.method === 0) return data;
      return entry.size === 0 ? new Uint8Array(0) : inflate(data, entry.size);
    },
  };
}

/** A zip this reader leaves to `fflate` (zip64, encrypted, or not a zip: then fflate's error). */
function openWithFflate(bytes: Uint8Array): ZipParts {
  const sizes = new Map<string, number>();
  unzipSync(bytes, {
    filter: (f) => {
      sizes.set(f.name, f.originalSize);
      return false;
    },
  });
  return {
    size: (name) => sizes.get(name),
    read: (name) => (sizes.has(name) ? unzipSync(bytes, { filter: (f) => f.name === name })[name] : undefined),
  };
}
