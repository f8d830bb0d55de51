// The command-line reference, docs/cli.md, written from the built CLI's own --help so that it can
// never list a flag the program does not have (or miss one it has). Run after `npm run build`;
// `npm run docs` does both, and test/docs/cli-reference.test.ts fails when the page is stale.
//
//   node scripts/build-cli-reference.mjs          writes docs/cli.md
//   node scripts/build-cli-reference.mjs --check  exits 1 when docs/cli.md differs
import { spawnSync } from "node:child_process";
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(root, "dist", "cli.js");
export const PAGE = join(root, "docs", "cli.md");

/** The help of `spc [command] --help` in a language, with a fixed width so the page is stable. */
function help(args, lang) {
  const run = spawnSync(process.execPath, [CLI, ...args, "--help", "--lang", lang], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", COLUMNS: "100", LANG: "C" },
  });
  if (run.status !== 0) {
    // Commands without --lang (or an older build) print their help without it.
    const plain = spawnSync(process.execPath, [CLI, ...args, "--help"], { encoding: "utf8", env: { PATH: process.env.PATH ?? "", COLUMNS: "100", LANG: "C" } });
    if (plain.status !== 0) throw new Error(`spc ${args.join(" ")} --help failed: ${plain.stderr}`);
    return plain.stdout.trimEnd();
  }
  return run.stdout.trimEnd();
}

/** Command names from the top-level help's "Commands:" list. */
function commands() {
  const top = help([], "en");
  const list = top.split(/\n(?:Commands|Kommandoer):\n/)[1] ?? "";
  return [...list.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((m) => m[1]).filter((name) => name !== "help");
}

/** The whole page. */
export function cliReference() {
  const sections = [
    "# Command-line reference",
    "",
    "Generated from `spc --help` by `scripts/build-cli-reference.mjs`; do not edit by hand.",
    "The guide [From Excel to a chart](excel-to-chart.md) shows the options at work on real files.",
    "Every command prints its help in bokmål with `--lang nb` (or a Norwegian `LANG`).",
    "",
    "```text",
    help([], "en"),
    "```",
  ];
  for (const name of commands()) sections.push("", `## spc ${name}`, "", "```text", help([name], "en"), "```");
  return `${sections.join("\n")}\n`;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const page = cliReference();
  if (process.argv.includes("--check")) {
    const current = readFileSync(PAGE, "utf8");
    if (current !== page) {
      console.error("docs/cli.md is out of date: run `npm run build && node scripts/build-cli-reference.mjs`");
      process.exit(1);
    }
  } else {
    writeFileSync(`${PAGE}.tmp`, page);
    renameSync(`${PAGE}.tmp`, PAGE);
    console.log(`wrote ${PAGE}`);
  }
}
