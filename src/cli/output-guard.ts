/**
 * Checks on `-o` made before a command does any work: the file's extension must be one the
 * command writes (`-o chart.pdf` would quietly get SVG bytes), and the file must not be one of
 * the command's own inputs (`spc render spec.json -o spec.json` destroyed the spec).
 *
 * @module
 */
import { CommandError, EXIT_CODES } from "./command-error.js";
import { say } from "./messages.js";
import { fileIdentity } from "./safe-files.js";

/**
 * The extension of an output name, lower case, or `undefined` when it has none.
 *
 * @example
 * ```ts
 * outputExtension("out/Fall.SVG"); // "svg"
 * outputExtension("rapport");      // undefined
 * ```
 */
export function outputExtension(output: string): string | undefined {
  return /\.([^./\\]+)$/.exec(output)?.[1]?.toLowerCase();
}

/**
 * Refuses (exit 2) an `-o` whose extension the command cannot write. A name without an
 * extension is allowed: it gets the command's usual format. Standard output (`-`) is allowed.
 *
 * @example
 * ```ts
 * checkOutputExtension("report", "rapport.html", ["html", "htm"]); // fine
 * checkOutputExtension("report", "rapport.pdf", ["html", "htm"]);  // throws CommandError (exit 2)
 * ```
 */
export function checkOutputExtension(command: string, output: string | undefined, allowed: readonly string[]): void {
  if (output === undefined || output === "-") return;
  const ext = outputExtension(output);
  if (ext !== undefined && !allowed.includes(ext)) throw new CommandError(EXIT_CODES.usage, [say("output_extension", { command, ext, allowed: [...allowed] })]);
}

/** An input of a command: the path to read and the name to show. */
export interface CommandInput {
  path: string;
  shown: string;
}

/**
 * Refuses (exit 2) outputs that are one of the command's inputs: compared as files (device and
 * inode), so that `./spec.json`, a symbolic link and a hard link to it are all caught. An output
 * that does not exist yet cannot be an input.
 *
 * @example
 * ```ts
 * await refuseOutputOverInput("render", ["spec.json"], [{ path: "spec.json", shown: "spec.json" }]); // throws (exit 2)
 * ```
 */
export async function refuseOutputOverInput(command: string, outputs: readonly (string | undefined)[], inputs: readonly CommandInput[]): Promise<void> {
  for (const output of outputs) {
    if (output === undefined || output === "-") continue;
    const out = await fileIdentity(output);
    if (out === null) continue;
    for (const input of inputs) {
      // Standard input redirected from a file (`spc render - -o spec.json < spec.json`) is that
      // file: /dev/stdin names it where the system has one (elsewhere it is skipped).
      const identity = await fileIdentity(input.path === "-" ? "/dev/stdin" : input.path);
      if (identity === out) throw new CommandError(EXIT_CODES.usage, [say("output_is_input", { command, output, input: input.path === "-" ? "<stdin>" : input.shown })]);
    }
  }
}
