/**
 * docs/cli.md is written from the CLI's own --help: a flag added to a command and not to the page
 * (or the other way round) fails here. Regenerate with `node scripts/build-cli-reference.mjs`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuild } from "../support/dist.js";
import { repoRoot } from "../support/shared.js";

/** The page as the script writes it today: made once (it starts the binary once per command). */
let page: string;

beforeAll(async () => {
  ensureBuild();
  const { cliReference } = (await import(pathToFileURL(join(repoRoot, "scripts", "build-cli-reference.mjs")).href)) as { cliReference: () => string };
  page = cliReference();
}, 120_000);

describe("the command-line reference", () => {
  it("is what the built CLI's --help says today", () => {
    expect(readFileSync(join(repoRoot, "docs", "cli.md"), "utf8")).toBe(page);
  });

  it("has a section for every command, with its options", () => {
    for (const command of ["chart", "suggest", "report", "render", "compute", "schema"]) expect(page).toContain(`## spc ${command}`);
    expect(page).toContain("--skip-lines");
    expect(page).toContain("--year");
  });
});
