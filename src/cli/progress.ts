/**
 * A one-line progress bar on standard error, for terminals only: piped or redirected output
 * stays clean. No dependency: `\r` and a line of text.
 *
 * @module
 */

/** Where the bar is drawn. */
export interface ProgressTarget {
  write: (text: string) => void;
  /** Draw only when this is a terminal. */
  isTTY: boolean;
  /** Terminal width; default 80. */
  columns?: number;
}

/** A progress bar: `update` redraws, `done` clears the line. */
export interface Progress {
  update: (done: number, total: number, label: string) => void;
  done: () => void;
}

const NOOP: Progress = { update: () => {}, done: () => {} };

/**
 * A progress bar that draws on a terminal and does nothing otherwise (or when `enabled` is false).
 *
 * @example
 * ```ts
 * const bar = createProgress({ write: (t) => process.stderr.write(t), isTTY: process.stderr.isTTY === true });
 * bar.update(3, 30, "computing"); // [####·······] 3/30 computing
 * bar.done();
 * ```
 */
export function createProgress(target: ProgressTarget, enabled = true): Progress {
  if (!enabled || !target.isTTY) return NOOP;
  const width = Math.max(20, Math.min(target.columns ?? 80, 120));
  let last = "";
  return {
    update(done, total, label) {
      const counter = ` ${done}/${total} `;
      const room = Math.max(10, Math.min(30, width - counter.length - 20));
      const filled = total > 0 ? Math.round((done / total) * room) : room;
      const text = `[${"#".repeat(filled)}${"·".repeat(room - filled)}]${counter}${label}`.slice(0, width - 1);
      if (text === last) return;
      last = text;
      target.write(`\r${text}\u001b[K`);
    },
    done() {
      if (last !== "") target.write("\r\u001b[K");
      last = "";
    },
  };
}
