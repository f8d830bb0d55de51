/**
 * The PNG renderer draws with the font the package ships (DejaVu Sans from the optional dependency
 * `dejavu-fonts-ttf`), the one whose metrics measure the text, so that a PNG looks the same on
 * every machine instead of falling back to whatever serif the machine has.
 */
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { PNG_FONT_FAMILY, pngFonts, svgToPng, type ResvgLike } from "../../src/cli/png.js";
import { renderSvg } from "../../src/render/index.js";
import { compute } from "../../src/index.js";

const svg = renderSvg(compute({ chart: "run", title: "Fall på sengepost", data: [3, 4, 2, 5, 3, 4, 6, 2, 3, 4].map((y, i) => ({ x: i + 1, y })) }));

describe("PNG fonts", () => {
  it("finds the shipped regular and bold DejaVu Sans and names it the default family", () => {
    const fonts = pngFonts();
    expect(fonts.fontFiles.map((f) => f.split(/[\\/]/).pop())).toEqual(["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"]);
    expect(fonts.defaultFontFamily).toBe(PNG_FONT_FAMILY);
    expect(fonts.sansSerifFamily).toBe(PNG_FONT_FAMILY);
  });

  it("falls back to the system's fonts when the font package is not installed", () => {
    const fonts = pngFonts(() => {
      throw new Error("Cannot find module");
    });
    expect(fonts.fontFiles).toEqual([]);
    expect(fonts.loadSystemFonts).toBe(true);
  });

  it("hands the font files to resvg", async () => {
    let seen: { font?: { fontFiles?: string[] } } = {};
    const fake: ResvgLike = {
      Resvg: class {
        constructor(_svg: string, options?: object) {
          seen = options as typeof seen;
        }
        render() {
          return { asPng: () => new Uint8Array([1]) };
        }
      },
    };
    await svgToPng(svg, 1, () => Promise.resolve(fake));
    expect(seen.font?.fontFiles).toEqual(pngFonts().fontFiles);
  });

  it("draws the text with the shipped files alone (no system fonts)", () => {
    const draw = (fontFiles: string[]) => new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: PNG_FONT_FAMILY } }).render().asPng();
    const withFont = draw(pngFonts().fontFiles);
    const without = draw([]);
    // Without any font the text is not drawn at all, so the two images differ.
    expect(Buffer.from(withFont).equals(Buffer.from(without))).toBe(false);
    expect(svg).toContain(`font-family="'${PNG_FONT_FAMILY}',`);
  });
});
