/**
 * The notices an adapter collects while it reads: each with its code and parameters (to be
 * written in the user's language) and, for callers that only print, the English text.
 *
 * @module
 */
import type { MessageParams, ParamsOf } from "../locale/message.js";
import { notice, NOTICE_MESSAGES, type Notice } from "./notice-messages.js";

/** The codes of the adapters' notices. */
export type NoticeCode = keyof typeof NOTICE_MESSAGES.entries & string;

/** The parameters of a notice's text. */
type ParamsFor<K extends NoticeCode> = ParamsOf<typeof NOTICE_MESSAGES, K>;

/**
 * Notices in the order they were found.
 *
 * @example
 * ```ts
 * const notes = new Notes();
 * notes.add("empty_range", { first: "2024-01-01", last: "2024-03-31" });
 * notes.warnings; // ["the range 2024-01-01 to 2024-03-31 is empty"]
 * notes.notices[0]?.code; // "empty_range"
 * ```
 */
export class Notes {
  /** The notices, with codes and parameters. */
  readonly notices: Notice[] = [];
  /** The same notices as English text. */
  readonly warnings: string[] = [];

  /** Adds a notice. */
  add<K extends NoticeCode>(code: K, params: ParamsFor<K>): void {
    this.push(notice(code, params));
  }

  /** Adds a notice about one column: `column "Fall": …`. */
  forColumn<K extends NoticeCode>(column: string, code: K | Notice, params?: ParamsFor<K>): void {
    const note = typeof code === "string" ? (notice(code, params as ParamsFor<K>)) : code;
    const inner: MessageParams = { code: note.code, message: note.message, params: note.params };
    this.add("column_note", { column, note: inner as { code: string; message: string; params: MessageParams } });
  }

  /** Adds a notice made elsewhere (by another collector). */
  push(notice: Notice): void {
    this.notices.push({ code: notice.code, message: notice.message, params: notice.params ?? {} });
    this.warnings.push(notice.message);
  }
}
