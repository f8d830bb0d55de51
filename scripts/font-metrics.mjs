// Prints the advance widths (thousandths of an em) that src/render/font-metrics.ts holds, read
// from the hmtx and cmap tables of DejaVu Sans and DejaVu Sans Bold (fonts-dejavu-core):
//   node scripts/font-metrics.mjs   # characters, regular widths, bold widths, one line each
import { readFileSync } from "node:fs";
function widths(file, chars) {
  const b = readFileSync(file);
  const numTables = b.readUInt16BE(4);
  const tables = {};
  for (let i = 0; i < numTables; i++) {
    const o = 12 + i * 16;
    tables[b.toString("latin1", o, o + 4)] = b.readUInt32BE(o + 8);
  }
  const unitsPerEm = b.readUInt16BE(tables.head + 18);
  const numberOfHMetrics = b.readUInt16BE(tables.hhea + 34);
  const cmap = tables.cmap;
  const n = b.readUInt16BE(cmap + 2);
  let sub = -1;
  for (let i = 0; i < n; i++) {
    const pid = b.readUInt16BE(cmap + 4 + i * 8), eid = b.readUInt16BE(cmap + 6 + i * 8), off = b.readUInt32BE(cmap + 8 + i * 8);
    if (pid === 3 && eid === 1) sub = cmap + off;
  }
  const segX2 = b.readUInt16BE(sub + 6), segs = segX2 / 2;
  const ends = sub + 14, starts = ends + segX2 + 2, deltas = starts + segX2, ranges = deltas + segX2;
  const glyph = (code) => {
    for (let i = 0; i < segs; i++) {
      const end = b.readUInt16BE(ends + i * 2);
      if (code > end) continue;
      const start = b.readUInt16BE(starts + i * 2);
      if (code < start) return 0;
      const delta = b.readInt16BE(deltas + i * 2), ro = b.readUInt16BE(ranges + i * 2);
      if (ro === 0) return (code + delta) & 0xffff;
      const g = b.readUInt16BE(ranges + i * 2 + ro + (code - start) * 2);
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
  const advance = (g) => b.readUInt16BE(tables.hmtx + Math.min(g, numberOfHMetrics - 1) * 4);
  return [...chars].map((c) => Math.round((advance(glyph(c.codePointAt(0))) / unitsPerEm) * 1000));
}
let chars = "";
for (let c = 32; c < 127; c++) chars += String.fromCharCode(c);
chars += "\u00a0æøåÆØÅéèêëüöäÄÖÜóòáàíñç–—…−’‘“”«»·×°²³½§€";
const regular = widths("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", chars);
const bold = widths("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", chars);
console.log(JSON.stringify(chars));
console.log(regular.join(","));
console.log(bold.join(","));
