/**
 * Advance widths of DejaVu Sans and DejaVu Sans Bold (in thousandths of an em), read from the
 * fonts' hmtx tables (`node scripts/font-metrics.mjs`), for the characters Norwegian and English chart text uses. The renderer
 * runs without fonts (Node, workers), so it measures text with these. DejaVu Sans is the widest
 * of the default font list (about 8 % wider than Arial, Segoe UI or Roboto): a title measured
 * with it fits in any of them, and it is the font the PNG renderer falls back to.
 *
 * @module
 */

const CHARS = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~ æøåÆØÅéèêëüöäÄÖÜóòáàíñç–—…−’‘“”«»·×°²³½§€";
const REGULAR = [318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,636,636,636,636,636,636,636,636,337,337,838,838,838,531,1000,684,686,698,770,632,575,775,752,295,295,656,557,863,748,787,603,787,695,635,611,732,684,989,685,611,685,390,337,390,838,500,500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,635,635,411,521,392,634,592,818,592,592,525,636,337,636,838,318,982,612,613,974,787,684,615,615,615,615,634,612,613,684,787,732,612,612,613,613,278,634,550,500,1000,1000,838,318,318,518,518,612,612,318,838,500,401,401,969,500,636];
const BOLD = [348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,365,696,696,696,696,696,696,696,696,696,696,400,400,838,838,838,580,1000,774,762,734,830,683,683,821,837,372,372,775,637,995,837,850,733,850,770,720,682,812,774,1103,771,724,725,457,365,457,838,500,500,675,716,593,716,678,435,716,712,343,343,665,343,1042,712,687,716,716,493,595,478,712,652,924,645,652,582,712,365,712,838,348,1048,687,675,1085,850,774,678,678,678,678,712,687,675,774,850,812,687,687,675,675,343,712,593,500,1000,1000,838,380,380,657,657,646,646,380,838,500,438,438,1035,500,696];

/** Width of a character the tables do not have: the average of a lowercase letter. */
const OTHER = 620;

// Built on first use, not when the module loads: no top-level side effect, so that a bundle
// that does not measure text (an app that only computes) drops this module. Why arrays by char
// code rather than a Map of characters: the renderer measures every tick label, legend entry and
// title of every chart, and the Map lookups with a string per character were a twentieth of
// rendering a small chart. Codes up to the highest in CHARS (U+2212 minus); above, OTHER.
let regular: Uint16Array | null = null;
let bold: Uint16Array | null = null;
const TOP = 0x2213;

function tables(): [Uint16Array, Uint16Array] {
  if (regular === null || bold === null) {
    regular = new Uint16Array(TOP).fill(OTHER);
    bold = new Uint16Array(TOP).fill(OTHER);
    for (let i = 0; i < CHARS.length; i++) {
      regular[CHARS.charCodeAt(i)] = REGULAR[i]!;
      bold[CHARS.charCodeAt(i)] = BOLD[i]!;
    }
  }
  return [regular, bold];
}

/**
 * Width in px of text set in DejaVu Sans (bold when asked) at `fontSize` px.
 *
 * @example
 * ```ts
 * measureText("Fall", 16); // 27.9
 * ```
 */
export function measureText(content: string, fontSize: number, isBold = false): number {
  const widths = tables()[isBold ? 1 : 0];
  let total = 0;
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    if (code < TOP) total += widths[code]!;
    else {
      total += OTHER;
      // A character beyond the BMP (a surrogate pair) is one character, as `for … of` counts it
      // (past the end charCodeAt is NaN, which is no low surrogate).
      if ((code & 0xfc00) === 0xd800 && (content.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    }
  }
  return (total * fontSize) / 1000;
}
