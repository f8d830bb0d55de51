/**
 * Everything the CLI takes from the process it runs in — where it writes, standard input, the
 * environment, the terminal, the clock — passed in, so that tests run the CLI in-process through
 * its own entry (`runCli`). main.ts is the one place that fills it from `process`.
 *
 * @module
 */

/** The part of `@resvg/resvg-js` used here (png.ts draws with it). Here, not in png.ts, so that io.ts imports nothing and no import runs in a circle. */
export interface ResvgLike {
  Resvg: new (svg: string, options?: object) => { render(): { asPng(): Uint8Array } };
}

/**
 * Where a command reads standard input from; injected in tests. Bytes are decoded as a file's
 * are (`readText` in read-input.ts); a string is taken as it is.
 */
export type ReadStdin = (maxBytes?: number) => Promise<string | Uint8Array>;

/** Where the CLI writes, what it reads, and how it loads the optional PNG renderer. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** All of standard input as text; default: empty (nothing piped in). */
  readStdin?: ReadStdin;
  /** Environment variables the CLI reads (`SOURCE_DATE_EPOCH`; `LC_ALL`, `LC_MESSAGES`, `LANG` for the language of messages); default: none set. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Whether standard error is a terminal (then a long report draws a progress bar); default false. */
  stderrIsTTY?: boolean;
  /** The terminal's width in columns; default 80. */
  stderrColumns?: number;
  /** The clock, for today's date when `SOURCE_DATE_EPOCH` is not set; default `new Date()`. */
  now?: () => Date;
  /** Loads `@resvg/resvg-js` for PNG output; injected by tests (default: a dynamic import). */
  loadResvg?: () => Promise<ResvgLike>;
}
