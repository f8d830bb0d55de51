/**
 * Text and charts flowed down the pages of a PDF: headings kept with what follows them, wrapped
 * paragraphs and lists, tables whose header repeats on each page, and charts that are never split
 * (a chart that does not fit starts the next page). Positions are in points from the top left.
 *
 * @module
 */
import type { OpenPdf, PdfKit } from "./document.js";
import { FONT } from "./fonts.js";
import { drawSvg, svgSize } from "./svg.js";

/** Colours of the report's text, as the HTML report's CSS and the charts' theme. */
export const INK = {
  text: "#1d2733",
  muted: "#5b6776",
  line: "#d5dbe3",
  soft: "#f4f6f9",
  /** Okabe–Ito bluish green, the charts' improvement colour. */
  improvement: "#009E73",
  /** Okabe–Ito vermillion, the charts' concern colour. */
  concern: "#D55E00",
  /** Met, missed: as the HTML report's status colours. */
  ok: "#1b7a3d",
  bad: "#b3261e",
  warn: "#8a5a00",
} as const;

/** A piece of text in one style, for lines that mix bold and plain or colours. */
export interface Span {
  text: string;
  bold?: boolean;
  color?: string;
}

/** A table cell: text (or spans), and optionally an SVG icon drawn before it. */
export interface Cell {
  spans: Span[];
  /** An SVG drawn `iconSize` points square before the text (e.g. a Making Data Count icon). */
  icon?: string;
  align?: "left" | "right";
}

/** A table column: its header and its share of the width. */
export interface Column {
  header: string;
  /** Relative width; the shares are scaled to the text width. */
  share: number;
  align?: "left" | "right";
}

/** Text style of a block. */
export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: string;
  /** Left indent in points. */
  indent?: number;
  /** Width in points (default: to the right margin). */
  width?: number;
}

const BODY = 9.5;
const LINE_GAP = 1.5;
const ICON = 12;

/**
 * A cursor down the pages of one document, within a box (the page's margins, or a column of an
 * A3). Each method draws at the cursor and moves it down.
 *
 * @example
 * ```ts
 * const flow = new PdfFlow(pdf);
 * flow.heading("Fall per 1000 liggedøgn", 2);
 * flow.paragraph("Færre fall etter mars 2024.");
 * flow.chart(renderSvg(result));
 * ```
 */
export class PdfFlow {
  readonly doc: PdfKit;
  readonly pdf: OpenPdf;
  /** The box text flows in; by default the page within its margins. */
  left: number;
  width: number;
  top: number;
  bottom: number;
  y: number;
  /** Measure only: move the cursor as drawing would, draw nothing (to find what fits a box). */
  dry = false;
  /** Multiplies every text size (an A3 column shrinks its text until it fits). */
  scale = 1;
  /** Never start a new page (an A3 is one page): what does not fit runs past the box's bottom. */
  onePage = false;

  constructor(pdf: OpenPdf, box?: { left: number; top: number; width: number; bottom: number }) {
    this.pdf = pdf;
    this.doc = pdf.doc;
    const page = this.doc.page;
    this.left = box?.left ?? page.margins.left;
    this.top = box?.top ?? page.margins.top;
    this.width = box?.width ?? page.width - page.margins.left - page.margins.right;
    this.bottom = box?.bottom ?? page.height - page.margins.bottom;
    this.y = this.top;
  }

  /** Points left on this page below the cursor. */
  get room(): number {
    return this.bottom - this.y;
  }

  /** Whether the cursor is at the top of its page (nothing drawn yet). */
  get atTop(): boolean {
    return this.y <= this.top + 0.5;
  }

  /** Starts a new page (none when the cursor is already at the top of an empty one). */
  newPage(): void {
    if (this.atTop || this.onePage) return;
    this.doc.addPage();
    this.y = this.top;
  }

  /** Starts a new page unless `height` points fit below the cursor. */
  ensure(height: number): void {
    if (height > this.room && !this.atTop) this.newPage();
  }

  space(points: number): void {
    this.y = Math.min(this.y + points, this.bottom);
  }

  /** Sets the font and size of a style; returns the line height. */
  private use(style: TextStyle & { bold?: boolean }): number {
    this.doc.font(style.bold === true ? FONT.bold : FONT.regular).fontSize((style.size ?? BODY) * this.scale);
    return this.doc.currentLineHeight(true) + LINE_GAP;
  }

  /** The width of one word set in `style`, in points. */
  private wordWidth(word: string, style: TextStyle): number {
    if (word === "") return 0;
    this.use(style);
    return this.doc.widthOfString(word);
  }

  /** The height `spans` take wrapped in `width` points. */
  measure(spans: readonly Span[], style: TextStyle = {}, width = this.width - (style.indent ?? 0)): number {
    if (spans.length === 0) return 0;
    // pdfkit measures one font at a time: the bold text measured in bold, the rest in regular,
    // as one string in the wider of the two is close enough for laying out (never too short).
    const text = spans.map((s) => s.text).join("");
    const bold = spans.every((s) => s.bold === true || style.bold === true);
    this.use({ ...style, bold: bold || spans.some((s) => s.bold === true) });
    return this.doc.heightOfString(text, { width, lineGap: LINE_GAP });
  }

  /**
   * Draws spans as one wrapped paragraph at the cursor. The words go on to the next page where
   * they reach the bottom (pdfkit breaks lines; the cursor follows).
   */
  spans(spans: readonly Span[], style: TextStyle = {}): void {
    const parts = spans.filter((s) => s.text !== "");
    if (parts.length === 0) return;
    const indent = style.indent ?? 0;
    const width = style.width ?? this.width - indent;
    const lineHeight = this.use(style);
    this.ensure(lineHeight);
    if (this.dry) {
      this.y += this.measure(parts, style, width);
      return;
    }
    const doc = this.doc;
    doc.x = this.left + indent;
    doc.y = this.y;
    const before = doc.bufferedPageRange();
    parts.forEach((span, i) => {
      this.use({ ...style, bold: span.bold === true || style.bold === true });
      doc.fillColor(span.color ?? style.color ?? INK.text);
      const continued = i < parts.length - 1;
      if (i === 0) doc.text(span.text, this.left + indent, this.y, { width, lineGap: LINE_GAP, continued });
      else doc.text(span.text, { width, lineGap: LINE_GAP, continued });
    });
    // A paragraph that ran onto the next page left the cursor there.
    if (doc.bufferedPageRange().count !== before.count) this.y = doc.y;
    else this.y = Math.max(this.y, doc.y);
    doc.fillColor(INK.text);
  }

  /** One paragraph of plain text. */
  paragraph(text: string, style: TextStyle = {}): void {
    this.spans([{ text }], style);
    this.space(4);
  }

  /** A heading (level 1–4), kept on the page with `keep` points of what follows. */
  heading(text: string, level: 1 | 2 | 3 | 4, keep = 60): void {
    const size = [20, 15, 12.5, 10.5][level - 1]!;
    if (!this.atTop) this.space(level <= 2 ? 10 : 6);
    const height = this.measure([{ text, bold: true }], { size });
    this.ensure(height + keep);
    this.spans([{ text, bold: true }], { size, color: INK.text });
    if (level <= 2) {
      if (!this.dry) this.doc.moveTo(this.left, this.y + 1).lineTo(this.left + this.width, this.y + 1).lineWidth(level === 1 ? 1.2 : 0.8).strokeColor(INK.line).stroke();
      this.space(5);
    } else this.space(2);
  }

  /** A bulleted list, each item wrapped under its own text. */
  bullets(items: readonly (string | readonly Span[])[], style: TextStyle = {}): void {
    const indent = (style.indent ?? 0) + 10;
    for (const item of items) {
      const spans = typeof item === "string" ? [{ text: item }] : item;
      const lineHeight = this.use(style);
      this.ensure(lineHeight);
      if (!this.dry) this.doc.fillColor(style.color ?? INK.text).text("•", this.left + indent - 9, this.y, { lineBreak: false });
      this.spans(spans, { ...style, indent });
      this.space(1.5);
    }
    this.space(3);
  }

  /** Label–value pairs in two columns (the HTML report's `<dl>`). */
  definitions(pairs: readonly (readonly [string, string | readonly Span[]])[], labelWidth = 110): void {
    for (const [label, value] of pairs) {
      const spans = typeof value === "string" ? [{ text: value }] : value;
      const height = Math.max(this.measure([{ text: label }], {}, labelWidth - 6), this.measure(spans, {}, this.width - labelWidth));
      this.ensure(height);
      const y = this.y;
      this.spans([{ text: label, color: INK.muted }], { width: labelWidth - 6 });
      const labelEnd = this.y;
      this.y = y;
      this.spans(spans, { indent: labelWidth });
      this.y = Math.max(this.y, labelEnd) + 1.5;
    }
    this.space(4);
  }

  /**
   * A table: a shaded header row, then one row per entry, each as high as its tallest cell. A
   * row that does not fit starts a new page, and the header is drawn again there.
   */
  table(columns: readonly Column[], rows: readonly (readonly Cell[])[], style: { size?: number } = {}): void {
    const size = style.size ?? BODY - 0.5;
    const pad = 4 * this.scale;
    const header: Cell[] = columns.map((c) => ({ spans: [{ text: c.header, bold: true }], ...(c.align === undefined ? {} : { align: c.align }) }));
    // Each column at least as wide as its longest word: a narrow column («Hvem») otherwise broke
    // «Primærsykepleier» inside the word, with no hyphen.
    const widest = (cells: readonly (Cell | undefined)[]) => {
      let most = 0;
      for (const cell of cells) {
        if (cell === undefined) continue;
        const icon = cell.icon === undefined ? 0 : ICON + 3;
        for (const span of cell.spans) for (const word of span.text.split(/\s+/)) most = Math.max(most, this.wordWidth(word, { size, bold: span.bold === true }) + icon);
      }
      return most;
    };
    const widths = fitColumnWidths(
      columns.map((c) => c.share),
      columns.map((_, i) => widest([header[i], ...rows.map((r) => r[i])]) + 2 * pad + 1),
      this.width,
    );
    const xs = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const cellHeight = (cell: Cell, i: number) => {
      const width = widths[i]! - 2 * pad - (cell.icon === undefined ? 0 : ICON + 3);
      if ((cell.align ?? columns[i]?.align) === "right") return cell.spans.reduce((n, span) => n + this.measure([span], { size }, width), 0);
      return this.measure(cell.spans, { size }, width);
    };
    const rowHeight = (cells: readonly Cell[]) => cells.reduce((most, c, i) => Math.max(most, cellHeight(c, i)), ICON) + 2 * pad;
    const drawRow = (cells: readonly Cell[], shaded: boolean) => {
      const height = rowHeight(cells);
      if (this.dry) {
        this.y += height;
        return;
      }
      if (shaded) this.doc.rect(this.left, this.y, this.width, height).fill(INK.soft);
      cells.forEach((cell, i) => {
        let x = xs[i]! + pad;
        let width = widths[i]! - 2 * pad;
        if (cell.icon !== undefined) {
          drawSvg(this.doc, this.pdf.svgToPdf, cell.icon, x, this.y + pad - 1, ICON);
          x += ICON + 3;
          width -= ICON + 3;
        }
        const align = cell.align ?? columns[i]?.align ?? "left";
        if (align === "right") {
          // pdfkit misplaces right-aligned text continued in another style: each span on its own line.
          let y = this.y + pad;
          for (const span of cell.spans.filter((s) => s.text !== "")) {
            this.use({ size, bold: span.bold === true });
            this.doc.fillColor(span.color ?? INK.text).text(span.text, x, y, { width, align, lineGap: LINE_GAP });
            y = this.doc.y;
          }
          return;
        }
        let first = true;
        for (const span of cell.spans.filter((s) => s.text !== "")) {
          this.use({ size, bold: span.bold === true });
          this.doc.fillColor(span.color ?? INK.text);
          const last = span === cell.spans.filter((s) => s.text !== "").at(-1);
          if (first) this.doc.text(span.text, x, this.y + pad, { width, align, lineGap: LINE_GAP, continued: !last });
          else this.doc.text(span.text, { width, align, lineGap: LINE_GAP, continued: !last });
          first = false;
        }
      });
      this.y += height;
      this.doc.moveTo(this.left, this.y).lineTo(this.left + this.width, this.y).lineWidth(0.5).strokeColor(INK.line).stroke();
      this.doc.fillColor(INK.text);
    };
    this.ensure(rowHeight(header) + (rows[0] === undefined ? 0 : rowHeight(rows[0])));
    drawRow(header, true);
    for (const row of rows) {
      const height = rowHeight(row);
      if (height > this.room) {
        this.newPage();
        drawRow(header, true);
      }
      drawRow(row, false);
    }
    this.space(8);
  }

  /** The height a chart drawn `width` points wide takes. */
  chartHeight(svg: string, width = this.width): number {
    const size = svgSize(svg);
    return (width * size.height) / size.width;
  }

  /**
   * Draws a chart as vectors, the full width of the box (or `width`), never split: one that does
   * not fit below the cursor starts the next page; one taller than a page is shrunk to fit it.
   */
  chart(svg: string, width = this.width): void {
    let w = width;
    let height = this.chartHeight(svg, w);
    const page = this.bottom - this.top;
    if (height > page) {
      w = (w * page) / height;
      height = page;
    }
    this.ensure(height);
    if (!this.dry) drawSvg(this.doc, this.pdf.svgToPdf, svg, this.left + (this.width - w) / 2, this.y, w);
    this.y += height;
    this.space(6);
  }
}

/**
 * Column widths that add up to `total`: by `shares`, except that a column narrower than its
 * `minimum` (its longest word) gets that minimum and the others share what is left by their
 * shares. When the minimums alone are wider than `total`, the widths follow the minimums.
 *
 * @example
 * fitColumnWidths([1, 1], [10, 80], 100); // [20, 80]
 */
export function fitColumnWidths(shares: readonly number[], minimums: readonly number[], total: number): number[] {
  const needed = minimums.reduce((a, b) => a + b, 0);
  if (needed >= total) return minimums.map((m) => (needed === 0 ? total / minimums.length : (m / needed) * total));
  const fixed = new Set<number>();
  let widths: number[] = [];
  for (;;) {
    const left = total - [...fixed].reduce((n, i) => n + minimums[i]!, 0);
    const shareLeft = shares.reduce((n, s, i) => (fixed.has(i) ? n : n + s), 0);
    widths = shares.map((s, i) => (fixed.has(i) ? minimums[i]! : shareLeft === 0 ? left / (shares.length - fixed.size) : (s / shareLeft) * left));
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < minimums[i]!);
    if (short < 0) return widths;
    fixed.add(short);
  }
}
