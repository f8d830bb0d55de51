/// <reference lib="dom" />
/**
 * The interactive layer over a chart that `renderSvg()` drew into a page: tooltips on hover and
 * focus, keyboard navigation across the points, and `spc:pointclick` / `spc:pointfocus` events.
 * It only adds to the SVG that is already there and takes it all away again on `detach()`; it
 * never redraws, so the chart stays the same deterministic drawing.
 *
 * @module
 */
import { SpcError, type SpcIssue } from "../errors.js";
import type { ChartResult, Point } from "../types.js";
import { checkPointOptions, describePoint, type DescribePointOptions } from "./describe-point.js";
import { FocusRing } from "./focus-ring.js";
import { Tooltip } from "./tooltip.js";

/** Options of {@link attach}. */
export interface AttachOptions extends DescribePointOptions {
  /** Show a tooltip on hover and focus (default `true`); the events fire either way. */
  tooltip?: boolean;
  /** A class name put on the tooltip element, for an app's own styles (they win over the inline defaults only with `!important`, or set `tooltipStyle: false`). */
  tooltipClass?: string;
  /** Inline default styles on the tooltip (default `true`); `false` leaves all styling to `tooltipClass`. */
  tooltipStyle?: boolean;
  /** Furthest a pointer may be from a point (CSS px) for hover and click to pick it (default 24). */
  reach?: number;
}

/** What `spc:pointclick` and `spc:pointfocus` carry in `event.detail`. */
export interface PointEventDetail {
  /** The point, as in `result.points`. */
  point: Point;
  /** The point's 1-based index within its facet (`point.index`, the mark's `data-index`). */
  index: number;
  /** The point's facet (`point.facet`, the mark's `data-facet`), `null` on a chart without facets. */
  facet: string | null;
}

/** Takes the interactive layer away again: listeners, tooltip, focus ring and added attributes. */
export type Detach = () => void;

/** The names of the events {@link attach} dispatches on the SVG element (they bubble). */
export const POINT_EVENTS = { click: "spc:pointclick", focus: "spc:pointfocus" } as const;

interface Mark {
  element: SVGGraphicsElement;
  point: Point;
  /** The native `<title>` child, taken out while attached so that it does not double the tooltip. */
  title: Element | null;
  saved: Record<string, string | null>;
}

const ADDED = ["tabindex", "role", "aria-label", "aria-describedby"] as const;

/** The layer on each SVG, so that attaching again first takes the old one away (its saved attributes would be the layer's own). */
const attachedTo = new WeakMap<Element, Detach>();

const keyOf = (facet: string | null, index: number) => `${facet === null ? "-" : `+${facet}`}#${index}`;

/**
 * Makes a chart drawn by `renderSvg()` interactive: a tooltip on hover and on keyboard focus (x,
 * value, centre line, limits, target and the findings that flag the point, in bokmål or English),
 * the points in one tab stop (arrow keys, Home and End move between them, with a visible focus
 * ring), and the events `spc:pointclick` (click, Enter or Space) and `spc:pointfocus`, dispatched
 * on the SVG with `detail: { point, index, facet }`.
 *
 * Points are found by their marks' `data-index` (the point's 1-based `index` within its facet)
 * and `data-facet` (absent when the chart has no facets). Only points that have a mark can be
 * reached: render with `points: "all"` for every point to have one (by default a dense series
 * marks only its signals).
 *
 * @param svg - The `<svg>` element of a chart that `renderSvg(result, …)` drew.
 * @param result - The same result, as `compute()` returned it.
 * @param options - Language, number format and tooltip choices.
 * @returns A function that takes it all away again (call it before removing or redrawing the chart). Attaching to the same SVG again first takes the earlier layer away.
 * @throws SpcError (`invalid_option`) when `svg` is not an SVG element or `result` not a result.
 * @example
 * ```ts
 * import { compute, renderSvg } from "spc-charts";
 * import { attach } from "spc-charts/interactive";
 *
 * const result = compute({ chart: "i", data: [5, 6, 5, 7, 6, 5, 30].map((y) => ({ y })) });
 * const host = document.querySelector("#chart")!;
 * host.innerHTML = renderSvg(result, { lang: "en", points: "all" });
 * const detach = attach(host.querySelector("svg")!, result, { lang: "en" });
 * host.addEventListener("spc:pointclick", (e) => console.log((e as CustomEvent).detail.point));
 * // later: detach();
 * ```
 */
export function attach(svg: SVGSVGElement, result: ChartResult, options?: AttachOptions | null): Detach {
  if (typeof svg !== "object" || svg === null || typeof (svg as Element).querySelectorAll !== "function" || (svg as Element).localName !== "svg") {
    throw new SpcError([{ code: "invalid_option", path: ["svg"], message: "must be the <svg> element of a chart renderSvg() drew" }]);
  }
  if (typeof result !== "object" || result === null || !Array.isArray(result.points)) {
    throw new SpcError([{ code: "invalid_option", path: ["result"], message: "must be what compute() returned" }]);
  }
  const o: AttachOptions = checkPointOptions(options);
  const issues: SpcIssue[] = [];
  for (const key of ["tooltip", "tooltipStyle"] as const) {
    if (o[key] !== undefined && typeof o[key] !== "boolean") issues.push({ code: "invalid_option", path: ["options", key], message: `must be true or false, not ${JSON.stringify(o[key])}` });
  }
  if (o.tooltipClass !== undefined && typeof o.tooltipClass !== "string") issues.push({ code: "invalid_option", path: ["options", "tooltipClass"], message: "must be a string" });
  if (o.reach !== undefined && !(typeof o.reach === "number" && o.reach >= 0 && o.reach <= 500)) issues.push({ code: "invalid_option", path: ["options", "reach"], message: `must be a number of pixels from 0 to 500, not ${JSON.stringify(o.reach)}` });
  if (issues.length > 0) throw new SpcError(issues);
  attachedTo.get(svg)?.();
  const words: DescribePointOptions = { lang: o.lang ?? "nb", ...(o.percent === undefined ? {} : { percent: o.percent }), ...(o.decimals === undefined ? {} : { decimals: o.decimals }) };
  const reach = o.reach ?? 24;
  const doc = svg.ownerDocument;

  const byKey = new Map<string, Point>();
  for (const p of result.points) byKey.set(keyOf(p.facet, p.index), p);
  const marks: Mark[] = [];
  for (const element of Array.from(svg.querySelectorAll<SVGGraphicsElement>("[data-index]"))) {
    const point = byKey.get(keyOf(element.getAttribute("data-facet"), Number(element.getAttribute("data-index"))));
    if (point === undefined) continue; // a mark of another result: left alone
    const saved: Record<string, string | null> = {};
    for (const name of ADDED) saved[name] = element.getAttribute(name);
    saved.style = element.getAttribute("style");
    marks.push({ element, point, title: element.querySelector(":scope > title"), saved });
  }

  const svgRole = svg.getAttribute("role");
  const svgTabindex = svg.getAttribute("tabindex");
  // Chromium makes an <svg> with focusable content a tab stop of its own: one stop, the points'.
  if (svgTabindex === null) svg.setAttribute("tabindex", "-1");
  // role="img" hides everything inside from assistive technology, the focusable points too: while
  // attached the chart is a group of named points (its title and desc still name and describe it).
  // Its labelled layers (limits, centre line, legend …) were hidden by role="img" and are not
  // graphics a reader can step to: they stay hidden, and the desc still says what they show.
  const hidden: { element: Element; ariaHidden: string | null }[] = [];
  if (marks.length > 0) {
    svg.setAttribute("role", "group");
    // The marks and the groups around them stay exposed (one walk up from each mark, so that a
    // chart of thousands of points and layers stays linear).
    const kept = new Set<Element>();
    for (const { element } of marks) {
      for (let e: Element | null = element; e !== null && e !== svg && !kept.has(e); e = e.parentElement) kept.add(e);
    }
    for (const element of Array.from(svg.querySelectorAll("[aria-label]"))) {
      if (kept.has(element)) continue;
      hidden.push({ element, ariaHidden: element.getAttribute("aria-hidden") });
      element.setAttribute("aria-hidden", "true");
    }
  }
  const tooltip = o.tooltip === false ? null : new Tooltip(doc, o.tooltipClass, o.tooltipStyle !== false);
  const ring = new FocusRing(svg);
  const texts = new Map<Mark, ReturnType<typeof describePoint>>();
  const textOf = (mark: Mark) => {
    let text = texts.get(mark);
    if (!text) texts.set(mark, (text = describePoint(mark.point, result, words)));
    return text;
  };

  marks.forEach((mark, i) => {
    const { element } = mark;
    element.setAttribute("tabindex", i === 0 ? "0" : "-1");
    element.setAttribute("role", "button");
    // With a tooltip the name is short (where and the value) and the tooltip, the focused point's
    // description, says the rest; without one the name says it all.
    const text = textOf(mark);
    element.setAttribute("aria-label", tooltip ? `${text.heading}. ${text.lines[0]}` : text.label);
    // The focus ring is drawn instead: an outline around an SVG shape is not reliable across browsers.
    element.setAttribute("style", `${mark.saved.style ?? ""}${mark.saved.style ? ";" : ""}outline:none`);
    mark.title?.remove();
  });

  let current = 0; // the mark in the tab order (roving tabindex)
  let hovered: Mark | null = null;
  const positions = new Map<EventTarget, number>(marks.map((m, i) => [m.element, i]));
  const indexOf = (target: EventTarget | null): number => (target === null ? -1 : (positions.get(target) ?? -1));
  const focused = (): Mark | null => marks[indexOf(doc.activeElement)] ?? null;

  const detail = (mark: Mark): PointEventDetail => ({ point: mark.point, index: mark.point.index, facet: mark.point.facet });
  const fire = (name: string, mark: Mark) => svg.dispatchEvent(new CustomEvent<PointEventDetail>(name, { detail: detail(mark), bubbles: true, composed: true }));

  const show = (mark: Mark | null) => {
    if (!tooltip) return;
    if (mark === null) {
      tooltip.hide();
      return;
    }
    tooltip.show(textOf(mark), mark.element.getBoundingClientRect());
  };

  const moveTo = (i: number) => {
    const mark = marks[i];
    if (!mark) return;
    marks[current]?.element.setAttribute("tabindex", "-1");
    current = i;
    mark.element.setAttribute("tabindex", "0");
    mark.element.focus();
  };

  const onFocusIn = (e: FocusEvent) => {
    const i = indexOf(e.target);
    if (i < 0) return;
    const mark = marks[i]!;
    if (i !== current) {
      marks[current]?.element.setAttribute("tabindex", "-1");
      current = i;
      mark.element.setAttribute("tabindex", "0");
    }
    ring.around(mark.element);
    show(mark);
    if (tooltip) mark.element.setAttribute("aria-describedby", tooltip.id);
    fire(POINT_EVENTS.focus, mark);
  };
  const onFocusOut = (e: FocusEvent) => {
    const mark = marks[indexOf(e.target)];
    if (!mark) return;
    mark.element.removeAttribute("aria-describedby");
    ring.hide();
    show(hovered);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const i = indexOf(e.target);
    if (i < 0) return;
    const to = { ArrowRight: i + 1, ArrowDown: i + 1, ArrowLeft: i - 1, ArrowUp: i - 1, Home: 0, End: marks.length - 1 }[e.key];
    if (to !== undefined) {
      e.preventDefault();
      moveTo(Math.min(Math.max(to, 0), marks.length - 1));
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      fire(POINT_EVENTS.click, marks[i]!);
    } else if (e.key === "Escape") {
      tooltip?.hide();
    }
  };

  /**
   * The centre of each mark in the SVG's own units, measured once: a viewBox does not move when
   * the page scrolls or the SVG is scaled, so a pointer move costs arithmetic, not layout.
   */
  let centres: Float64Array | null = null;
  const centresOf = (): Float64Array => {
    if (centres) return centres;
    const toSvg = svg.getScreenCTM()?.inverse() ?? null;
    centres = new Float64Array(marks.length * 2);
    marks.forEach((mark, i) => {
      const box = mark.element.getBBox();
      const toScreen = mark.element.getScreenCTM();
      let p = new DOMPoint(box.x + box.width / 2, box.y + box.height / 2);
      if (toScreen && toSvg) p = p.matrixTransform(toScreen).matrixTransform(toSvg);
      centres![2 * i] = p.x;
      centres![2 * i + 1] = p.y;
    });
    return centres;
  };

  /** The mark nearest a pointer, within `reach` CSS px; horizontal distance counts most, as a reader scans along x. */
  const nearest = (clientX: number, clientY: number): Mark | null => {
    const screen = svg.getScreenCTM();
    if (!screen || marks.length === 0) return null;
    const at = new DOMPoint(clientX, clientY).matrixTransform(screen.inverse());
    const sx = Math.hypot(screen.a, screen.b); // CSS px per SVG unit
    const sy = Math.hypot(screen.c, screen.d);
    const c = centresOf();
    let best = -1;
    let bestD = Infinity;
    for (let i = 0; i < marks.length; i++) {
      const d = Math.hypot((c[2 * i]! - at.x) * sx, ((c[2 * i + 1]! - at.y) * sy) / 2);
      if (d < bestD) {
        best = i;
        bestD = d;
      }
    }
    return bestD <= reach ? marks[best]! : null;
  };
  const onPointerMove = (e: PointerEvent) => {
    const mark = nearest(e.clientX, e.clientY);
    if (mark === hovered) return;
    hovered = mark;
    show(mark ?? focused());
  };
  const onPointerLeave = () => {
    hovered = null;
    show(focused());
  };
  const onClick = (e: MouseEvent) => {
    // The mark clicked (or its <title>, were one left), else the nearest within reach.
    const target = e.target instanceof Element ? e.target.closest("[data-index]") : null;
    const mark = marks[indexOf(target)] ?? nearest(e.clientX, e.clientY);
    if (mark) fire(POINT_EVENTS.click, mark);
  };

  // One list for adding and removing, so that detach() can never miss a listener attach added.
  const listeners: readonly [string, EventListener][] = [
    ["focusin", onFocusIn as EventListener],
    ["focusout", onFocusOut as EventListener],
    ["keydown", onKeyDown as EventListener],
    ["pointermove", onPointerMove as EventListener],
    ["pointerleave", onPointerLeave as EventListener],
    ["click", onClick as EventListener],
  ];
  for (const [type, listener] of listeners) svg.addEventListener(type, listener);

  let attached = true;
  const detach: Detach = () => {
    if (!attached) return;
    attached = false;
    if (attachedTo.get(svg) === detach) attachedTo.delete(svg);
    for (const [type, listener] of listeners) svg.removeEventListener(type, listener);
    for (const mark of marks) {
      for (const [name, value] of Object.entries(mark.saved)) {
        if (value === null) mark.element.removeAttribute(name);
        else mark.element.setAttribute(name, value);
      }
      if (mark.title) mark.element.insertBefore(mark.title, mark.element.firstChild);
    }
    for (const { element, ariaHidden } of hidden) {
      if (ariaHidden === null) element.removeAttribute("aria-hidden");
      else element.setAttribute("aria-hidden", ariaHidden);
    }
    if (svgTabindex === null) svg.removeAttribute("tabindex");
    if (svgRole === null) svg.removeAttribute("role");
    else svg.setAttribute("role", svgRole);
    tooltip?.remove();
    ring.remove();
  };
  attachedTo.set(svg, detach);
  return detach;
}
