/**
 * Reading and writing files as a careful person would: only regular files are read (a device, a
 * FIFO or a socket is refused at once, never waited on), nothing larger than a cap is read, and
 * every write goes to a temporary file beside the target that is renamed into place, so that a
 * write that fails half way keeps the old file.
 *
 * Node only (the CLI's side); the core never touches files.
 *
 * @module
 */
import { constants } from "node:fs";
import { lstat, open, realpath, rename, stat, unlink, chmod } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { randomBytes } from "node:crypto";

/** 100 MB: the default cap on one file read (`--max-bytes` raises it). */
export const DEFAULT_MAX_BYTES = 100_000_000;

/** Why a file was refused before it was read. */
export type ReadRefusal =
  | { kind: "not_regular"; what: "folder" | "device" | "fifo" | "socket" | "other" }
  | { kind: "too_large"; /** 0 when not known (a file that grew, /proc, standard input). */ size: number; max: number };

/** A file refused by {@link readRegularFile}: the caller says it in the run's language. */
export class FileRefused extends Error {
  override readonly name = "FileRefused";
  readonly refusal: ReadRefusal;
  constructor(refusal: ReadRefusal) {
    super(refusal.kind);
    this.refusal = refusal;
  }
}

function kindOf(s: { isDirectory(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isFIFO(): boolean; isSocket(): boolean }): "folder" | "device" | "fifo" | "socket" | "other" {
  if (s.isDirectory()) return "folder";
  if (s.isCharacterDevice() || s.isBlockDevice()) return "device";
  if (s.isFIFO()) return "fifo";
  if (s.isSocket()) return "socket";
  return "other";
}

/**
 * Reads a whole regular file, at most `maxBytes` long. The file is opened without blocking
 * (`O_NONBLOCK`: a FIFO with no writer would otherwise hang for ever) and checked with `fstat`
 * on the open handle before a byte is read, so that what is checked is what is read.
 *
 * @throws {FileRefused} for a folder, device, FIFO or socket, or a file over the cap (also one
 *   that grows past it while being read); the system's error (ENOENT, EACCES) otherwise.
 * @example
 * ```ts
 * const bytes = await readRegularFile("fall.csv", 100_000_000);
 * ```
 */
export async function readRegularFile(path: string, maxBytes: number = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new FileRefused({ kind: "not_regular", what: kindOf(info) });
    if (info.size > maxBytes) throw new FileRefused({ kind: "too_large", size: info.size, max: maxBytes });
    // Files in /proc say size 0 and still have content: read in chunks up to the cap.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw new FileRefused({ kind: "too_large", size: 0, max: maxBytes });
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/**
 * Where a path given in a plan leads, judged against the plan's folder: inside it (and below),
 * or outside — absolute, a `..` escape, or a symbolic link (file or folder) that points out.
 *
 * @returns `null` when the file is inside, else the reason it is not.
 * @example
 * ```ts
 * await outsideFolder("/plans", "data/fall.csv"); // null
 * await outsideFolder("/plans", "../secret.csv");  // "escapes"
 * ```
 */
export async function outsideFolder(folder: string, file: string): Promise<"absolute" | "escapes" | "link" | null> {
  if (isAbsolute(file) || /^[a-zA-Z]:[\\/]/.test(file) || file.startsWith("\\\\")) return "absolute";
  const base = resolve(folder);
  const target = resolve(base, file);
  if (!inside(base, target)) return "escapes";
  // Symbolic links are followed as the read will follow them; a file not there yet is judged by
  // the nearest folder that is.
  const realBase = await realpath(base).catch(() => base);
  let probe = target;
  for (;;) {
    const real = await realpath(probe).catch(() => null);
    if (real !== null) return inside(realBase, real) ? null : "link";
    const up = dirname(probe);
    if (up === probe || !inside(base, up)) return null;
    probe = up;
  }
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

/**
 * The identity of a file (device and inode), following links: two names for one file (a link,
 * a hard link, `./x` and `x`) have the same one. `null` when there is no such file.
 *
 * @example
 * ```ts
 * (await fileIdentity("a.csv")) === (await fileIdentity("./a.csv")); // true
 * ```
 */
export async function fileIdentity(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return null;
  }
}

/**
 * Writes a file atomically: to a temporary file in the same folder, then renamed over the
 * target, so that a reader sees the old file or the new one and a failed write (disk full)
 * leaves the old one as it was; the temporary file is removed on failure. A target that exists
 * and is not a regular file (`/dev/null`, `/dev/stdout`, a FIFO) is written to directly: a
 * rename would replace the device itself.
 *
 * @example
 * ```ts
 * await writeAtomically("rapport.html", html);
 * ```
 */
export async function writeAtomically(file: string, content: string | Uint8Array): Promise<void> {
  const existing = await lstat(file).catch(() => null);
  const followed = existing?.isSymbolicLink() === true ? await stat(file).catch(() => null) : existing;
  if (followed !== null && followed !== undefined && !followed.isFile()) {
    if (followed.isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    const handle = await open(file, constants.O_WRONLY | constants.O_NONBLOCK);
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
    return;
  }
  // Through a symbolic link, the file it points to is replaced, not the link.
  const target = existing?.isSymbolicLink() === true ? await realpath(file) : file;
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (followed?.isFile() === true) await chmod(temp, followed.mode & 0o7777);
    await rename(temp, target);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}
