/**
 * The PNG beside each SVG picture of a PPTX. A slide names a picture twice: the PNG in
 * `<a:blip r:embed>` (what PowerPoint before 2016 and other viewers draw) and the SVG in the
 * `svgBlip` extension (what newer ones draw). pptxgenjs makes the PNG with a canvas in the
 * browser, but in Node it writes a "broken image" placeholder; this step puts the real drawing in
 * its place.
 *
 * @module
 */
import { unzipSync, zipSync, type Zippable } from "fflate";

/** Draws an SVG document as PNG bytes (in Node, e.g. the CLI's `svgToPng` with resvg). */
export type Rasterise = (svg: string) => Promise<Uint8Array>;

/** One picture of a slide: the zip entries of the slide, its PNG fallback and its SVG. */
export interface SvgPicture {
  slide: string;
  png: string;
  svg: string;
}

const decoder = new TextDecoder();

/** The zip entry a slide's relationship target points at (`../media/a.png` from `ppt/slides/`). */
function resolveTarget(slide: string, target: string): string {
  const parts = slide.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== ".") parts.push(step);
  }
  return parts.join("/");
}

/**
 * Every SVG picture of every slide with its PNG fallback, read from the slides' XML and
 * relationships (not from file names, which are pptxgenjs's business).
 *
 * @example
 * ```ts
 * svgPictures(unzipSync(bytes)); // [{ slide: "ppt/slides/slide2.xml", png: "ppt/media/image-2-1.png", svg: "ppt/media/image-2-2.svg" }]
 * ```
 */
export function svgPictures(files: Readonly<Record<string, Uint8Array>>): SvgPicture[] {
  const pictures: SvgPicture[] = [];
  for (const name of Object.keys(files)) {
    const m = /^ppt\/slides\/(slide\d+\.xml)$/.exec(name);
    if (m === null) continue;
    const rels = files[`ppt/slides/_rels/${m[1]}.rels`];
    if (rels === undefined) continue;
    const targets = new Map<string, string>();
    for (const r of decoder.decode(rels).matchAll(/<Relationship\b[^>]*?\bId="([^"]+)"[^>]*?\bTarget="([^"]+)"/g)) targets.set(r[1] ?? "", r[2] ?? "");
    const xml = decoder.decode(files[name]);
    for (const b of xml.matchAll(/<a:blip r:embed="([^"]+)"[^>]*>(?:(?!<\/a:blip>)[\s\S])*?<asvg:svgBlip\b[^>]*?r:embed="([^"]+)"/g)) {
      const png = targets.get(b[1] ?? "");
      const svg = targets.get(b[2] ?? "");
      if (png !== undefined && svg !== undefined) pictures.push({ slide: name, png: resolveTarget(name, png), svg: resolveTarget(name, svg) });
    }
  }
  return pictures;
}

/**
 * The PPTX with each SVG picture's PNG fallback drawn by `rasterise` (each SVG drawn once, even
 * when pictures share it). Entries keep their order; the PNGs are stored, not deflated again.
 *
 * @example
 * ```ts
 * const bytes = await withPngFallbacks(await pptx.write({ outputType: "uint8array" }), (svg) => svgToPng(svg));
 * ```
 */
export async function withPngFallbacks(pptx: Uint8Array, rasterise: Rasterise): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = unzipSync(pptx);
  const pictures = svgPictures(files);
  if (pictures.length === 0) return pptx;
  const drawn = new Map<string, Uint8Array>();
  for (const { png, svg } of pictures) {
    const source = files[svg];
    if (source === undefined) continue;
    let bytes = drawn.get(svg);
    if (bytes === undefined) {
      bytes = await rasterise(decoder.decode(source));
      drawn.set(svg, bytes);
    }
    files[png] = bytes;
  }
  const out: Zippable = {};
  for (const [name, bytes] of Object.entries(files)) out[name] = /\.(png|jpe?g)$/i.test(name) ? [bytes, { level: 0 }] : bytes;
  return zipSync(out, { level: 6 });
}
