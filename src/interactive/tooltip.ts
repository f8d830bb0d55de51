/// <reference lib="dom" />
/**
 * The tooltip of the interactive layer: one element per attached chart, in the page's body,
 * placed beside the point (above it, or below when there is no room), never past the window.
 *
 * @module
 */
import type { PointText } from "./describe-point.js";

let count = 0;

/** Readable on any page: dark text on white, a border, the page's own font. */
const STYLE = "position:fixed;z-index:2147483000;pointer-events:none;max-width:22rem;padding:6px 8px;border:1px solid #595959;border-radius:4px;background:#fff;color:#1a1a1a;font:13px/1.35 system-ui,sans-serif;box-shadow:0 2px 6px rgba(0,0,0,.2)";

/**
 * A tooltip element that shows a point's words next to a box on the screen.
 *
 * @example
 * ```ts
 * const tip = new Tooltip(document, "my-tooltip", true);
 * tip.show(describePoint(point, result), mark.getBoundingClientRect());
 * tip.remove();
 * ```
 */
export class Tooltip {
  /** The element's id, for the focused point's `aria-describedby`. */
  readonly id: string;
  private readonly element: HTMLDivElement;

  constructor(private readonly doc: Document, className: string | undefined, styled: boolean) {
    this.id = `spc-tooltip-${++count}`;
    this.element = doc.createElement("div");
    this.element.id = this.id;
    this.element.setAttribute("role", "tooltip");
    this.element.setAttribute("data-spc-tooltip", "");
    if (className) this.element.className = className;
    if (styled) this.element.style.cssText = STYLE;
    this.element.hidden = true;
    doc.body.appendChild(this.element);
  }

  /** Shows the words beside `anchor` (a client rectangle). */
  show(text: PointText, anchor: DOMRect): void {
    const el = this.element;
    const heading = this.doc.createElement("strong");
    heading.textContent = text.heading;
    const parts: Node[] = [heading];
    for (const line of [...text.lines, ...text.signals]) {
      const div = this.doc.createElement("div");
      div.textContent = line;
      parts.push(div);
    }
    // One child at a time: a point flagged by many findings must not meet the argument limit.
    el.replaceChildren();
    for (const part of parts) el.append(part);
    el.hidden = false;
    const view = this.doc.defaultView;
    const vw = view?.innerWidth ?? 1024;
    const vh = view?.innerHeight ?? 768;
    const box = el.getBoundingClientRect();
    const gap = 8;
    const left = Math.min(Math.max(anchor.x + anchor.width / 2 - box.width / 2, 4), Math.max(4, vw - box.width - 4));
    const above = anchor.y - box.height - gap;
    const top = above >= 4 ? above : Math.min(anchor.y + anchor.height + gap, Math.max(4, vh - box.height - 4));
    el.style.left = `${Math.round(left)}px`;
    el.style.top = `${Math.round(top)}px`;
  }

  hide(): void {
    this.element.hidden = true;
  }

  remove(): void {
    this.element.remove();
  }
}
