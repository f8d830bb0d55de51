/**
 * Rectangles that are taken: point marks, value labels and note markers register theirs, and a
 * label or marker is placed at the first candidate position that overlaps none (or left out).
 *
 * @module
 */

/** An axis-aligned rectangle in px. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Whether two rectangles overlap (touching edges do not).
 *
 * @example
 * ```ts
 * overlaps({ x: 0, y: 0, w: 10, h: 10 }, { x: 10, y: 0, w: 5, h: 5 }); // false
 * ```
 */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Width in px of the columns the taken rectangles are filed under. */
const COLUMN = 32;

/**
 * The rectangles taken in one panel, filed by 32-px column of x so that a query looks only at
 * its neighbours: a series of 10,000 points with notes stays linear.
 */
export class Occupied {
  private readonly columns = new Map<number, Rect[]>();
  private fill: ((occupied: Occupied) => void) | null;

  /**
   * @param fill - Takes what is taken from the start (a panel's point marks), run on first use:
   *   most panels place no label or marker inside the plot, and filing every point of 10,000
   *   small charts was a fifth of their layout.
   */
  constructor(fill: ((occupied: Occupied) => void) | null = null) {
    this.fill = fill;
  }

  private filled(): void {
    const fill = this.fill;
    if (fill === null) return;
    this.fill = null;
    fill(this);
  }

  /** The last column a rectangle starting in column `first` is filed under. */
  private last(rect: Rect, first: number): number {
    // A rectangle wider than the whole chart (never drawn) is filed in at most 1000 columns.
    return Math.min(Math.floor((rect.x + rect.w) / COLUMN), first + 1000);
  }

  /** Takes a rectangle. */
  add(rect: Rect): void {
    this.filled();
    if (!(rect.w >= 0 && rect.h >= 0 && Number.isFinite(rect.x))) return;
    const first = Math.floor(rect.x / COLUMN);
    const last = this.last(rect, first);
    for (let k = first; k <= last; k++) {
      const column = this.columns.get(k);
      if (column) column.push(rect);
      else this.columns.set(k, [rect]);
    }
  }

  /** Whether `rect` overlaps nothing taken. */
  free(rect: Rect): boolean {
    this.filled();
    // Plain loops, no [first, last] pair or empty array per query: a note marker tries up to 40 spots.
    const first = Math.floor(rect.x / COLUMN);
    const last = this.last(rect, first);
    for (let k = first; k <= last; k++) {
      const column = this.columns.get(k);
      if (column === undefined) continue;
      for (let i = 0; i < column.length; i++) if (overlaps(rect, column[i]!)) return false;
    }
    return true;
  }

  /**
   * The first candidate that is free (and taken from now on), or `null` when none is.
   *
   * @example
   * ```ts
   * const occupied = new Occupied();
   * occupied.add({ x: 0, y: 0, w: 10, h: 10 });
   * occupied.place([{ x: 5, y: 5, w: 4, h: 4 }, { x: 20, y: 0, w: 4, h: 4 }]); // { x: 20, … }
   * ```
   */
  place<T extends Rect>(candidates: readonly T[]): T | null {
    for (const candidate of candidates) {
      if (this.free(candidate)) {
        this.add(candidate);
        return candidate;
      }
    }
    return null;
  }
}
