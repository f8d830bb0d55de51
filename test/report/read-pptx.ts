// Reads a PPTX back as the tests look at it: the zip's entries, each slide's paragraphs, its
// pictures (PNG fallback and SVG, through the slide's relationships) and its speaker notes, in
// the order the presentation lists the slides.
import { unzipSync } from "fflate";
import { svgPictures, type SvgPicture } from "../../src/report/pptx-fallback.js";

/** One slide as read back. */
export interface ReadSlide {
  name: string;
  xml: string;
  /** Every paragraph's text, unescaped, in document order. */
  texts: string[];
  /** All text joined by spaces (for `toContain`). */
  text: string;
  /** The SVG pictures with their PNG fallbacks (zip entry names). */
  pictures: SvgPicture[];
  /** The speaker notes' text. */
  notes: string;
}

/** The deck as read back. */
export interface ReadDeck {
  files: Record<string, Uint8Array>;
  slides: ReadSlide[];
  presentation: string;
  /** The section names of the presentation (PowerPoint 2010's `p14:sectionLst`). */
  sections: string[];
}

const decoder = new TextDecoder();
const unescapeXml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
/** The text of each paragraph (`<a:p>`) with any text, its runs joined (pptxgenjs splits a table cell's text into a run per word). */
const paragraphs = (xml: string) =>
  [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)]
    .map((p) => [...(p[1] ?? "").matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1] ?? "")).join(""))
    .filter((t) => t !== "");

/** The text of a zip entry. */
export function entryText(files: Record<string, Uint8Array>, name: string): string {
  const bytes = files[name];
  if (bytes === undefined) throw new Error(`${name} is not in the PPTX (it has ${Object.keys(files).join(", ")})`);
  return decoder.decode(bytes);
}

export function readPptx(bytes: Uint8Array): ReadDeck {
  // A PPTX is a zip (PK\3\4): anything else fails here, not in a regex below.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new Error("not a zip file");
  const files = unzipSync(bytes);
  const presentation = entryText(files, "ppt/presentation.xml");
  const presentationRels = entryText(files, "ppt/_rels/presentation.xml.rels");
  const targets = new Map([...presentationRels.matchAll(/Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1] ?? "", m[2] ?? ""]));
  const order = [...presentation.matchAll(/<p:sldId [^>]*r:id="([^"]+)"/g)].map((m) => `ppt/${targets.get(m[1] ?? "") ?? ""}`);
  const pictures = svgPictures(files);
  const slides = order.map((name): ReadSlide => {
    const xml = entryText(files, name);
    const texts = paragraphs(xml);
    const rels = entryText(files, name.replace("slides/", "slides/_rels/") + ".rels");
    const notesTarget = /Target="\.\.\/notesSlides\/([^"]+)"/.exec(rels)?.[1];
    const notes = notesTarget === undefined ? "" : paragraphs(entryText(files, `ppt/notesSlides/${notesTarget}`)).join(" ");
    return { name, xml, texts, text: texts.join(" "), pictures: pictures.filter((p) => p.slide === name), notes };
  });
  const sections = [...presentation.matchAll(/<p14:section name="([^"]*)"/g)].map((m) => unescapeXml(m[1] ?? ""));
  return { files, slides, presentation, sections };
}
