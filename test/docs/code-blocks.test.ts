/**
 * Every ts/js code block in the README, the guides (docs/*.md) and the cookbook runs: it is
 * compiled (esbuild) and run by Node against the built package (dist/), from the repository root,
 * so that the bundled example files it names are there. A block that cannot run alone carries,
 * on the line before its fence, `<!-- example: fragment(REASON) -->` with the reason in words
 * (e.g. fragment(needs-react-and-a-DOM)); an unmarked block that fails to run fails this test.
 * Command-line examples (`sh` blocks) run where they use the bundled example files: each
 * `node dist/cli.js …` command must exit 0 (its output goes under out/, git-ignored).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ensureBuild, transpile } from "../support/dist.js";
import { repoRoot } from "../support/shared.js";

interface Block {
  file: string;
  line: number;
  lang: string;
  code: string;
  /** The reason it cannot run alone, when marked. */
  fragment: string | null;
}

const FENCE = /^```(ts|js|tsx|jsx|typescript|javascript)\b.*$/;
const MARK = /^<!--\s*example\s*:\s*fragment\(([^)]+)\)\s*-->\s*$/;

function blocks(file: string): Block[] {
  const lines = readFileSync(join(repoRoot, file), "utf8").split("\n");
  const found: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (open === null) {
      if (/^```/.test(lines[i]!)) i = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l)); // skip other fences
      if (i < 0) break;
      continue;
    }
    const end = lines.findIndex((l, j) => j > i && /^```\s*$/.test(l));
    const mark = MARK.exec(lines[i - 1] ?? "") ?? MARK.exec(lines[i - 2] ?? "");
    found.push({ file, line: i + 1, lang: open[1]!, code: lines.slice(i + 1, end).join("\n"), fragment: mark?.[1] ?? null });
    i = end;
  }
  return found;
}

const pages = [
  "README.md",
  ...readdirSync(join(repoRoot, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`),
  ...readdirSync(join(repoRoot, "docs", "cookbook")).filter((f) => f.endsWith(".md")).map((f) => `docs/cookbook/${f}`),
];
const all = pages.flatMap(blocks);
// out/ is git-ignored: a fresh clone has none until some test or command makes it.
mkdirSync(join(repoRoot, "out"), { recursive: true });
const work = mkdtempSync(join(repoRoot, "out", "code-blocks-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The block as an ES module on dist/: `spc-charts` and its entries resolve to the built files. */
async function runnable(block: Block): Promise<string> {
  const loader = block.lang.startsWith("ts") || block.lang === "typescript" ? (block.lang === "tsx" ? "tsx" : "ts") : block.lang === "jsx" ? "jsx" : "js";
  const js = await transpile(block.code, loader);
  return js.replace(/from\s+["']spc-charts(?:\/([a-z]+))?["']/g, (_, entry: string | undefined) => `from ${JSON.stringify(pathToFileURL(join(repoRoot, "dist", `${entry ?? "index"}.js`)).href)}`);
}

/** The `node dist/cli.js` commands of the pages' sh blocks that name only files the repository has. */
function cliCommands(file: string): { where: string; command: string }[] {
  const text = readFileSync(join(repoRoot, file), "utf8");
  const found: { where: string; command: string }[] = [];
  for (const m of text.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```/gm)) {
    const line = text.slice(0, m.index).split("\n").length;
    const commands = m[1]!.replace(/\\\n\s*/g, " ").split("\n").map((c) => c.replace(/\s+#.*$/, "").trim());
    for (const command of commands.filter((c) => c.startsWith("node dist/cli.js "))) {
      const paths = [...command.matchAll(/(?:^|\s)((?:test\/fixtures|examples|docs)\/\S+)/g)].map((p) => p[1]!);
      if (paths.length > 0 && paths.every((p) => existsSync(join(repoRoot, p)))) found.push({ where: `${file}:${line}`, command });
    }
  }
  return found;
}
const commands = pages.flatMap(cliCommands);

describe("command-line examples in the docs", () => {
  it("finds the examples that use bundled files", () => {
    expect(commands.length).toBeGreaterThanOrEqual(6);
  });

  it.each(commands.map((c) => [`${c.where}: ${c.command.slice(0, 80)}`, c.command] as const))("%s", (_, command) => {
    ensureBuild();
    mkdirSync(join(repoRoot, "out"), { recursive: true });
    let error = "";
    try {
      execFileSync("bash", ["-c", command], { cwd: repoRoot, stdio: "pipe", encoding: "utf8", timeout: 120_000 });
    } catch (e) {
      error = String((e as { stderr?: string }).stderr ?? e).split("\n").slice(0, 6).join("\n");
    }
    expect(error).toBe("");
  }, 120_000);
});

describe("code blocks in the docs", () => {
  it("finds the blocks, and every fragment says why it cannot run alone", () => {
    expect(all.length).toBeGreaterThanOrEqual(10);
    for (const b of all.filter((b) => b.fragment !== null)) expect(b.fragment!.length, `${b.file}:${b.line}`).toBeGreaterThan(8);
  });

  it.each(all.filter((b) => b.fragment === null).map((b) => [`${b.file}:${b.line}`, b] as const))("%s runs against the built package", async (_, block) => {
    ensureBuild();
    mkdirSync(join(repoRoot, "out"), { recursive: true });
    const file = join(work, `${block.file.replace(/[/.]/g, "_")}-${block.line}.mjs`);
    writeFileSync(file, await runnable(block));
    let error = "";
    try {
      execFileSync(process.execPath, [file], { cwd: repoRoot, stdio: "pipe", encoding: "utf8", timeout: 60_000 });
    } catch (e) {
      error = String((e as { stderr?: string }).stderr ?? e).split("\n").slice(0, 6).join("\n");
    }
    expect(error, `${block.file}:${block.line} does not run; fix it or mark it <!-- example: fragment(reason) -->`).toBe("");
  });
});
