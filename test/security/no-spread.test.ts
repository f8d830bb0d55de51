import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Spreading an array into a call (`f(...xs)`, `push(...xs)`, `Math.max(...xs)`,
 * `String.fromCharCode(...chunk)`) puts every element on the stack: with a user-sized
 * array (150,000 points, 25,000 facets) it throws "Maximum call stack size exceeded".
 * This test parses every file under src/ and fails on any spread argument in a call or
 * `new`, so the rule cannot quietly come back. Array literals (`[...xs]`) and object
 * spreads (`{...o}`) are fine: they are not limited by the stack.
 */

const root = join(__dirname, "..", "..", "src");

/**
 * Spreads whose length is fixed by the code, not by the user. Each entry is
 * `file:text of the spread argument` with a reason.
 */
const ALLOWED = new Set<string>([
  // Rest parameter forwarding of at most one optional argument (the resvg loader).
  "cli/commands/chart.ts:(io.loadResvg === undefined ? [] : [io.loadResvg])",
  "cli/commands/render.ts:(io.loadResvg ? [io.loadResvg] : [])",
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

function spreadArguments(path: string): { where: string; key: string }[] {
  const text = readFileSync(path, "utf8");
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const name = relative(root, path).split("\\").join("/");
  const found: { where: string; key: string }[] = [];
  const visit = (node: ts.Node): void => {
    // `f.apply(this, xs)` puts every element on the stack just as `f(...xs)` does.
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "apply" && node.arguments.length === 2) {
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
      found.push({ where: `${name}:${line + 1}: ${node.getText(file).slice(0, 80)}`, key: `${name}:apply` });
    }
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments) {
      for (const arg of node.arguments) {
        if (!ts.isSpreadElement(arg)) continue;
        const key = `${name}:${arg.expression.getText(file)}`;
        if (ALLOWED.has(key)) continue;
        const { line } = file.getLineAndCharacterOfPosition(arg.getStart(file));
        found.push({ where: `${name}:${line + 1}: ${arg.getText(file)}`, key });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe("no spread arguments in src/", () => {
  const files = sourceFiles(root);

  it("finds the source files", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it("has no call or new with a spread argument", () => {
    const found = files.flatMap(spreadArguments).map((f) => f.where);
    expect(found).toEqual([]);
  });

  it("detects a spread argument (the check itself works)", () => {
    const file = ts.createSourceFile("x.ts", "Math.max(...xs); new Set(...a); [...xs]; f({...o});", ts.ScriptTarget.Latest, true);
    let n = 0;
    const visit = (node: ts.Node): void => {
      if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.some(ts.isSpreadElement)) n++;
      ts.forEachChild(node, visit);
    };
    visit(file);
    expect(n).toBe(2);
  });
});
