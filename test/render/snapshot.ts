/**
 * Snapshot testing in Observable Plot's style: each test renders one named chart and compares it
 * byte for byte with `test/output/NAME.svg`. A missing snapshot is written (outside CI; in CI it
 * fails, so that a forgotten file cannot pass), and `UPDATE_SNAPSHOTS=1` rewrites them all. On a
 * difference the new SVG goes to `artifacts/render-changed/NAME.svg` (git-ignored) for diffing.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { textWidth } from "../../src/render/svg.js";
import { repoRoot } from "../support/shared.js";
import { allElements, inherited, parseXml, pathPoints, type XmlElement } from "./xml.js";

export const outputDir = join(repoRoot, "test", "output");
const changedDir = join(repoRoot, "artifacts", "render-changed");

/** Compares `svg` with the committed snapshot `name`, after checking it is sound. */
export function matchSnapshot(name: string, svg: string): void {
  checkSvg(svg);
  const file = join(outputDir, `${name}.svg`);
  const update = process.env.UPDATE_SNAPSHOTS === "1" || process.env.UPDATE_SNAPSHOTS === "true";
  if (!existsSync(file) || update) {
    if (!update && process.env.CI) throw new Error(`snapshot test/output/${name}.svg is missing: run the tests locally and commit it`);
    mkdirSync(outputDir, { recursive: true });
    writeFileSync(file, svg);
    return;
  }
  const expected = readFileSync(file, "utf8");
  if (expected !== svg) {
    mkdirSync(changedDir, { recursive: true });
    writeFileSync(join(changedDir, `${name}.svg`), svg);
  }
  expect(svg === expected, `${name}.svg differs from the snapshot; the new one is in artifacts/render-changed/ (UPDATE_SNAPSHOTS=1 to accept)`).toBe(true);
}

/**
 * What every SVG the renderer makes must be: well-formed XML with an `<svg>` root that has
 * `role="img"`, a `<title>` and a `<desc>`; no `NaN`, `undefined` or `Infinity` anywhere; and every
 * mark (its points, and a text's estimated extent) inside the viewBox.
 */
export function checkSvg(svg: string): XmlElement {
  for (const bad of ["NaN", "undefined", "Infinity", "null", "[object"]) expect(svg, `SVG contains ${bad}`).not.toContain(bad);
  const root = parseXml(svg);
  expect(root.name).toBe("svg");
  expect(root.attrs.role).toBe("img");
  expect(root.attrs.xmlns).toBe("http://www.w3.org/2000/svg");
  const [vx, vy, vw, vh] = (root.attrs.viewBox ?? "").split(" ").map(Number) as [number, number, number, number];
  expect([vx, vy]).toEqual([0, 0]);
  const title = root.children.find((c) => c.name === "title");
  const desc = root.children.find((c) => c.name === "desc");
  expect(title?.text.trim(), "title").toBeTruthy();
  expect(desc?.text.trim(), "desc").toBeTruthy();
  expect(root.attrs["aria-labelledby"]).toBe(title!.attrs.id);
  expect(root.attrs["aria-describedby"]).toBe(desc!.attrs.id);

  const eps = 0.51;
  const inside = (x: number, y: number, what: string) => {
    if (!(x >= -eps && x <= vw + eps && y >= -eps && y <= vh + eps)) throw new Error(`${what} at (${x}, ${y}) is outside the viewBox 0 0 ${vw} ${vh}`);
  };
  const num = (el: XmlElement, key: string) => {
    const v = Number(el.attrs[key] ?? 0);
    if (!Number.isFinite(v)) throw new Error(`<${el.name} ${key}="${el.attrs[key]}">`);
    return v;
  };
  for (const el of allElements(root)) {
    switch (el.name) {
      case "circle": {
        const [cx, cy, r] = [num(el, "cx"), num(el, "cy"), num(el, "r")];
        inside(cx - r, cy - r, "circle");
        inside(cx + r, cy + r, "circle");
        break;
      }
      case "rect": {
        const [x, y, w, h] = [num(el, "x"), num(el, "y"), num(el, "width"), num(el, "height")];
        inside(x, y, "rect");
        inside(x + w, y + h, "rect");
        break;
      }
      case "path":
        for (const [x, y] of pathPoints(el.attrs.d ?? "")) inside(x, y, `path ${inherited(el, "aria-label") ?? ""}`);
        break;
      case "text": {
        let x = num(el, "x");
        let y = num(el, "y");
        const transform = el.attrs.transform ?? "";
        if (transform === "rotate(-90)") [x, y] = [y, -x];
        else if (transform !== "" && !/^rotate\(-45 [\d.]+ [\d.]+\)$/.test(transform)) throw new Error(`unexpected transform ${transform}`);
        const size = Number(inherited(el, "font-size") ?? 12);
        const width = transform === "rotate(-90)" ? 0 : textWidth(el.text, size);
        const anchor = inherited(el, "text-anchor") ?? "start";
        const left = anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
        if (transform === "") {
          inside(left, y, `text "${el.text}"`);
          inside(left + width, y - size * 0.7, `text "${el.text}"`);
        } else inside(x, y, `text "${el.text}"`);
        break;
      }
      default:
        break;
    }
  }
  return root;
}
