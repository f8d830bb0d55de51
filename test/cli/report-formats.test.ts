// `-o` decides the format by its extension, for every command that writes a file: an extension
// a command cannot write is refused with exit 2 before any work (the plan below does not exist:
// exit 2 and not 3 shows nothing was read), in bokmål or English; `spc report --a3` writes the A3.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPORT_WRITERS, reportFormat } from "../../src/cli/report-writers.js";
import { fixture, runInProcess as spc, tempDir } from "./harness.js";

const missingPlan = fixture("plans/finnes-ikke.yaml");

describe("the format of -o by its extension", () => {
  it("spc report: an extension it cannot write is refused; nothing written, exit 2", async () => {
    const dir = tempDir();
    const docx = await spc(["report", missingPlan, "-o", join(dir, "rapport.DOCX")]);
    expect([docx.code, docx.stderr]).toEqual([2, "spc report: -o: cannot write .docx; give a file ending in .html, .htm, .json, .pptx or .pdf\n"]);
    expect(existsSync(join(dir, "rapport.DOCX"))).toBe(false);
    const svg = await spc(["report", missingPlan, "-o", join(dir, "rapport.svg")]);
    expect(svg.code).toBe(2);
  });

  it("in bokmål with --lang nb", async () => {
    const r = await spc(["report", missingPlan, "--lang", "nb", "-o", "rapport.docx"]);
    expect([r.code, r.stderr]).toEqual([2, "spc report: -o: kan ikke skrive .docx; oppgi en fil som slutter på .html, .htm, .json, .pptx eller .pdf\n"]);
  });

  it("spc chart and spc render refuse the report's formats the same way", async () => {
    const chart = await spc(["chart", fixture("finnes-ikke.csv"), "-o", "fall.pptx"]);
    expect([chart.code, chart.stderr]).toEqual([2, "spc chart: -o: cannot write .pptx; give a file ending in .svg, .png or .json\n"]);
    const render = await spc(["render", "finnes-ikke.json", "-o", "fall.html"]);
    expect([render.code, render.stderr]).toEqual([2, "spc render: -o: cannot write .html; give a file ending in .svg or .png\n"]);
  });

  it("one map decides: html for standard output and names without an extension; every format has its writer", () => {
    expect(reportFormat(undefined)).toBe("html");
    expect(reportFormat("-")).toBe("html");
    expect(reportFormat("ut/rapport")).toBe("html");
    expect(reportFormat("ut/Rapport.PPTX")).toBe("pptx");
    expect(Object.keys(REPORT_WRITERS).sort()).toEqual(["htm", "html", "json", "pdf", "pptx"]);
    for (const ext of Object.keys(REPORT_WRITERS)) expect(typeof REPORT_WRITERS[ext], ext).toBe("function");
  });

  it(".json writes the report model: plans, measures, grouped signals", async () => {
    const dir = tempDir();
    const r = await spc(["report", fixture("plans/nettverk-fire-maal.yaml"), "-o", join(dir, "rapport.json"), "--date", "2025-01-10"]);
    expect(r.code, r.stderr).toBe(0);
    const model = JSON.parse(readFileSync(join(dir, "rapport.json"), "utf8"));
    expect(model.date).toEqual({ iso: "2025-01-10", text: "10.01.2025" });
    expect(model.plans[0].measures.map((m: { name: string }) => m.name)).toEqual(["Fall per 1000 liggedøgn", "Risikovurdert innen 48 timer", "Trykksår", "Beboere med sengehest"]);
    expect(model.plans[0].measures[0].facets.map((f: { facet: string }) => f.facet)).toEqual(["Post A", "Post B", "Post C"]);
    expect(model.plans[0].a3.changes).toHaveLength(2);
  });

  it("--a3 writes one A3 landscape sheet per plan, with the plan's A3 fields and every chart", async () => {
    const dir = tempDir();
    const r = await spc(["report", fixture("plans/nettverk-fire-maal.yaml"), fixture("plans/infeksjon.json"), "--a3", "-o", join(dir, "a3.html"), "--date", "2025-01-10"]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(join(dir, "a3.html"), "utf8");
    expect(html).toContain("@page{size:A3 landscape;margin:0}");
    expect(html.match(/<article class="sheet"/g)).toHaveLength(2);
    expect(html).toContain("Fagsykepleier Ola Hansen");
    expect(html).toContain("<td>Felles innkomstrutine</td><td>Avdelingsledere</td><td>januar 2024</td><td>Risikovurdert innen 48 timer</td>");
    expect(html).toMatch(/Fall per 1000 liggedøgn – Grunnlinje januar–desember 2023/);
    expect(html.match(/<svg class="chart"/g)).toHaveLength(2 + 4 + 3); // a baseline per plan, every measure
  });
});
