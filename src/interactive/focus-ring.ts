/// <reference lib="dom" />
/**
 * The visible focus of the interactive layer: a ring drawn around the focused point in the SVG
 * itself (a dark ring on a white halo, seen on any background), since a CSS outline around an SVG
 * shape is drawn differently by each browser, or not at all.
 *
 * @module
 */
const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * A focus ring in an SVG, moved around the focused mark.
 *
 * @example
 * ```ts
 * const ring = new FocusRing(svg);
 * ring.around(mark); // on focus
 * ring.hide();       // on blur
 * ring.remove();     // on detach
 * ```
 */
export class FocusRing {
  private readonly group: SVGGElement;
  private readonly circles: SVGCircleElement[];

  constructor(private readonly svg: SVGSVGElement) {
    const doc = svg.ownerDocument;
    this.group = doc.createElementNS(SVG_NS, "g");
    this.group.setAttribute("aria-hidden", "true");
    this.group.setAttribute("data-spc-focus-ring", "");
    this.group.setAttribute("pointer-events", "none");
    this.group.setAttribute("fill", "none");
    this.circles = [
      ["#FFFFFF", "4"],
      ["#1A1A1A", "2"],
    ].map(([stroke, width]) => {
      const c = doc.createElementNS(SVG_NS, "circle");
      c.setAttribute("stroke", stroke!);
      c.setAttribute("stroke-width", width!);
      this.group.appendChild(c);
      return c;
    });
    this.group.style.display = "none";
    svg.appendChild(this.group);
  }

  /** Draws the ring around `mark`, in the SVG's own coordinates (through any transforms between). */
  around(mark: SVGGraphicsElement): void {
    const box = mark.getBBox();
    const toSvg = this.svg.getScreenCTM();
    const toScreen = mark.getScreenCTM();
    const matrix = toSvg && toScreen ? toSvg.inverse().multiply(toScreen) : null;
    if (matrix) this.group.setAttribute("transform", `matrix(${matrix.a} ${matrix.b} ${matrix.c} ${matrix.d} ${matrix.e} ${matrix.f})`);
    const r = Math.max(box.width, box.height) / 2 + 3;
    for (const c of this.circles) {
      c.setAttribute("cx", String(box.x + box.width / 2));
      c.setAttribute("cy", String(box.y + box.height / 2));
      c.setAttribute("r", String(r));
    }
    this.group.style.display = "";
  }

  hide(): void {
    this.group.style.display = "none";
  }

  remove(): void {
    this.group.remove();
  }
}
