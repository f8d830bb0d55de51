/**
 * What every command writes to, injected so that tests run the CLI in-process.
 *
 * @module
 */
import type { ResvgLike } from "./png.js";

/** Where the CLI writes, and how it loads the optional PNG renderer. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Loads `@resvg/resvg-js` for PNG output; injected by tests (default: a dynamic import). */
  loadResvg?: () => Promise<ResvgLike>;
  /** The environment the language of messages is read from (LC_ALL, LC_MESSAGES, LANG); default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}
