/**
 * compute() returns findings as data: no import path may lead from it to the words that describe
 * them (the rules' sentences, describeFinding(), explain(), the x formatter). A walk over the
 * static imports of the sources, types included, so that a sentence cannot slip back into the
 * core (and into the `import { compute }` bundle) through a shared helper.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./support/shared.js";

const src = join(repoRoot, "src");

/** The modules that write findings in words. */
const SENTENCE_MODULES = ["rules/describe.ts", "rules/explain.ts", "rules/sentences.ts", "rules/locale.ts"];

/** Every `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")` of a source file. */
const IMPORT = /(?:^|[;\n])\s*(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]*?\s+from\s+)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2]!;
    if (!spec.startsWith(".")) continue; // packages: none of them holds our sentences
    const base = resolve(dirname(file), spec.replace(/\.js$/, ""));
    const target = [`${base}.ts`, join(base, "index.ts")].find((f) => existsSync(f));
    if (target === undefined) throw new Error(`${relative(src, file)}: cannot resolve ${spec}`);
    out.push(target);
  }
  return out;
}

/** Every module reachable from `entry`, each with the chain of imports that first reached it. */
function reachable(entry: string): Map<string, string[]> {
  const start = join(src, entry);
  const paths = new Map<string, string[]>([[start, [entry]]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of importsOf(file)) {
      if (paths.has(next)) continue;
      paths.set(next, [...paths.get(file)!, relative(src, next)]);
      queue.push(next);
    }
  }
  return paths;
}

describe("the import graph", () => {
  it("leads from compute() to none of the modules that write findings in words", () => {
    const graph = reachable("compute/compute.ts");
    // The walk does follow compute's imports: the rules engine and every rule are in it.
    expect(graph.has(join(src, "rules/engine.ts"))).toBe(true);
    expect(graph.has(join(src, "rules/shift.ts"))).toBe(true);
    const reached = SENTENCE_MODULES.filter((m) => graph.has(join(src, m))).map((m) => graph.get(join(src, m))!.join(" → "));
    expect(reached).toEqual([]);
  });

  it("would see such a path: explain() and describeFinding() do reach the sentences", () => {
    expect(reachable("rules/explain.ts").has(join(src, "rules/sentences.ts"))).toBe(true);
    expect(reachable("rules/describe.ts").get(join(src, "rules/sentences.ts"))).toEqual(["rules/describe.ts", "rules/sentences.ts"]);
  });

  it("reads multi-line, type-only and re-exporting imports", () => {
    const index = importsOf(join(src, "index.ts")).map((f) => relative(src, f));
    expect(index).toContain("rules/describe.ts"); // export { describeFinding, … } from
    expect(index).toContain("rules/types.ts"); // a multi-line export { … } from
    expect(importsOf(join(src, "compute/compute.ts")).map((f) => relative(src, f))).toContain("charts/part-frame.ts"); // import type
  });
});
