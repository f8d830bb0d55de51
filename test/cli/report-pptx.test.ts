import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { entryText, readPptx } from "../report/read-pptx.js";
import { TEST_DATE_EPOCH, fixture, runInProcess, tempDir } from "./harness.js";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe("spc report -o FILE.pptx", () => {
  it("writes a PowerPoint deck, each chart an SVG with a PNG drawn by resvg", async () => {
    const dir = tempDir();
    const out = join(dir, "rapport.pptx");
    const r = await runInProcess(["report", fixture("plans/fall.yaml"), "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const deck = readPptx(readFileSync(out));
    expect(deck.slides).toHaveLength(6);
    expect(deck.slides[0]!.text).toContain("Laget 23.11.2025");
    const pictures = deck.slides.flatMap((s) => s.pictures);
    expect(pictures).toHaveLength(4);
    for (const p of pictures) {
      expect([...deck.files[p.png]!.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
      // Drawn at scale 2: a PNG, not pptxgenjs's placeholder of a few hundred bytes.
      expect(deck.files[p.png]!.length).toBeGreaterThan(10_000);
      expect(entryText(deck.files, p.svg)).toContain("<svg");
    }
    // The data's warnings are printed as for HTML; nothing but the deck is written.
    expect(r.stderr).toContain("avvik-med-feil.csv");
    expect(readdirSync(dir)).toEqual(["rapport.pptx"]);
  });

  it("several plans: one deck, a section per team", async () => {
    const out = join(tempDir(), "samling.PPTX");
    const r = await runInProcess(["report", fixture("plans/fall.yaml"), fixture("plans/infeksjon.json"), "-o", out, "--lang", "en", "--no-date"]);
    expect(r.code).toBe(0);
    const deck = readPptx(readFileSync(out));
    expect(deck.sections).toEqual(["1. Solsiden sykehjem", "2. Kirurgisk avdeling"]);
    expect(deck.slides[0]!.texts).toEqual(["Measurement plans", "Solsiden sykehjem · Kirurgisk avdeling", "2 measurement plans, 7 measures"]);
  });

  it("without resvg the deck is still written, SVG only, and the user is told what older PowerPoint lacks", async () => {
    const out = join(tempDir(), "r.pptx");
    let stderr = "";
    const code = await runCli(["report", fixture("plans/fall.yaml"), "-o", out], {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      env: { SOURCE_DATE_EPOCH: TEST_DATE_EPOCH },
      loadResvg: () => Promise.reject(new Error("Cannot find module '@resvg/resvg-js'")),
    });
    expect(code).toBe(0);
    expect(stderr).toContain("the slides' charts are SVG only, without the PNG that PowerPoint before 2016 draws");
    expect(readPptx(readFileSync(out)).slides.flatMap((s) => s.pictures)).toHaveLength(4);
  });

  it("in bokmål, the note about the missing PNG", async () => {
    let stderr = "";
    await runCli(["--lang", "nb", "report", fixture("plans/fall.yaml"), "-o", join(tempDir(), "r.pptx")], {
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
      env: { SOURCE_DATE_EPOCH: TEST_DATE_EPOCH },
      loadResvg: () => Promise.reject(new Error("missing")),
    });
    expect(stderr).toContain("diagrammene i lysbildene er bare SVG");
  });

  it("a deck is not written to the terminal", async () => {
    const r = await runInProcess(["report", fixture("plans/fall.yaml"), "-o", "-"]);
    // "-" is HTML on standard output, as before.
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("<!doctype html>")).toBe(true);
  });
});
