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

/** The rectangles taken in one panel. */
export class Occupied {
  private readonly rects: Rect[] = [];

  /** Takes a rectangle. */
  add(rect: Rect): void {
    this.rects.push(rect);
  }

  /** Whether `rect` overlaps nothing taken. */
  free(rect: Rect): boolean {
    for (const taken of this.rects) if (overlaps(rect, taken)) return false;
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
