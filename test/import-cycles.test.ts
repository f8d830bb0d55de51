/**
 * No import in src/ runs in a circle, type-only imports included: shared words (chart types,
 * rule ids, directions, languages, issue codes) live in src/vocabulary.ts, a leaf that imports
 * nothing, so that a reader can follow every import downhill.
 */
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { importCycles, importsOf, sourceFiles } from "./support/import-graph.js";
import { repoRoot } from "./support/shared.js";

const src = join(repoRoot, "src");

describe("the import graph of src/", () => {
  it("has no circle", () => {
    const graph = new Map(sourceFiles(src).map((file) => [file, importsOf(file, src)]));
    const cycles = importCycles(graph).map((cycle) => cycle.map((f) => relative(src, f)).join(" → "));
    expect(cycles).toEqual([]);
  });

  it("would see one: a circle of three, a self-import, and none in a chain", () => {
    const circle = new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]);
    expect(importCycles(circle)).toEqual([["a", "b", "c", "a"]]);
    expect(importCycles(new Map([["a", ["a"]]]))).toEqual([["a", "a"]]);
    expect(importCycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", []]]))).toEqual([]);
  });

  it("the vocabulary module is a leaf", () => {
    expect(importsOf(join(src, "vocabulary.ts"), src)).toEqual([]);
  });
});
