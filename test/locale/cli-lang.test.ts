// The CLI speaks bokmål with --lang nb or a Norwegian locale in the environment, English otherwise;
// help, commander's own errors, our errors and notes alike. Reports name data files as given.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { resolveCliLang } from "../../src/cli/messages.js";
import { commanderErrorNb } from "../../src/cli/localise-help.js";
import { shownDataPath } from "../../src/cli/commands/report.js";
import { fixture, repoRoot, tempDir } from "../cli/harness.js";

async function spc(argv: string[], env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env });
  return { code, stdout, stderr };
}

describe("the language of messages", () => {
  it("--lang first, then LC_ALL, LC_MESSAGES, LANG; nb, nn and no give bokmål; else English", () => {
    expect(resolveCliLang(["chart", "f.csv", "--lang", "nb"], { LANG: "en_US.UTF-8" })).toBe("nb");
    expect(resolveCliLang(["--lang=en"], { LANG: "nb_NO.UTF-8" })).toBe("en");
    expect(resolveCliLang([], { LANG: "nb_NO.UTF-8" })).toBe("nb");
    expect(resolveCliLang([], { LANG: "nn_NO.UTF-8" })).toBe("nb");
    expect(resolveCliLang([], { LANG: "no_NO" })).toBe("nb");
    expect(resolveCliLang([], { LC_ALL: "en_GB.UTF-8", LANG: "nb_NO.UTF-8" })).toBe("en");
    expect(resolveCliLang([], { LC_MESSAGES: "nb_NO.UTF-8", LANG: "en_GB.UTF-8" })).toBe("nb");
    expect(resolveCliLang([], { LC_ALL: "", LANG: "nb_NO.UTF-8" })).toBe("nb");
    expect(resolveCliLang([], {})).toBe("en");
    expect(resolveCliLang([], { LANG: "C.UTF-8" })).toBe("en");
    // After "--" it is a file name, not an option; "nob" is not a language code we know.
    expect(resolveCliLang(["chart", "--", "--lang", "nb"], {})).toBe("en");
    expect(resolveCliLang([], { LANG: "nob" })).toBe("en");
  });

  it("--help in bokmål with --lang nb and with LANG=nb_NO.UTF-8, in English without", async () => {
    const en = await spc(["chart", "--help"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("Usage: spc chart");
    expect(en.stdout).toContain("Options:");
    expect(en.stdout).toContain("display help for command");
    for (const r of [await spc(["chart", "--help", "--lang", "nb"]), await spc(["chart", "--help"], { LANG: "nb_NO.UTF-8" })]) {
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Bruk: spc chart");
      expect(r.stdout).toContain("Valg:");
      expect(r.stdout).toContain("vis hjelp for kommandoen");
      expect(r.stdout).toContain("diagramtype, eller auto");
      expect(r.stdout).toContain("Eksempler:");
      expect(r.stdout).not.toContain("Options:");
      expect(r.stdout).not.toContain("Examples:");
    }
    const top = await spc(["--help"], { LC_ALL: "nb_NO.UTF-8" });
    expect(top.stdout).toContain("Kommandoer:");
    expect(top.stdout).toMatch(/report .*lag én selvstendig rapport/);
  });

  it("commander's own errors: unknown option, missing argument, bad choice", async () => {
    const unknown = await spc(["chart", fixture("fall-sykehjem.csv"), "--yy", "Fall"], { LANG: "nb_NO.UTF-8" });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("feil: ukjent valg '--yy'");
    expect(unknown.stderr).not.toContain("error:");
    const missing = await spc(["chart", "--lang", "nb"]);
    expect(missing.stderr).toContain("feil: argumentet 'file' mangler");
    const choice = await spc(["chart", fixture("fall-sykehjem.csv"), "--chart", "zz", "--lang", "nb"]);
    expect(choice.stderr).toContain("ugyldig verdi 'zz'");
    expect(choice.stderr).toContain("Tillatte verdier er");
    const english = await spc(["chart", fixture("fall-sykehjem.csv"), "--yy", "Fall"]);
    expect(english.stderr).toContain("error: unknown option '--yy'");
    expect(commanderErrorNb("error: unknown option '--yy'\n(Did you mean --y?)\n")).toBe("feil: ukjent valg '--yy'\n(Mente du --y?)\n");
  });

  it("our option parsers and the command's notes follow the language", async () => {
    const nb = await spc(["chart", fixture("fall-sykehjem.csv"), "--width", "null"], { LANG: "nb_NO.UTF-8" });
    expect(nb.code).toBe(2);
    expect(nb.stderr).toContain("«null» er ikke et helt tall på 1 eller mer.");
    const en = await spc(["chart", fixture("fall-sykehjem.csv"), "--width", "null"]);
    expect(en.stderr).toContain('"null" is not a whole number of 1 or more.');
    const dir = tempDir();
    const note = await spc(["chart", fixture("fall-sykehjem.csv"), "--y", "Fall", "-o", join(dir, "f.json"), "--lang", "nb"]);
    expect(note.code, note.stderr).toBe(0);
    expect(note.stderr).toContain("spc chart: --x mangler: bruker «");
    const noteEn = await spc(["chart", fixture("fall-sykehjem.csv"), "--y", "Fall", "-o", join(dir, "f.json")]);
    expect(noteEn.stderr).toContain("spc chart: no --x given: using");
    const ext = await spc(["chart", fixture("fall-sykehjem.csv"), "-o", "x.pdf"], { LANG: "nb_NO.UTF-8" });
    expect(ext.stderr).toContain("kan ikke skrive .pdf");
  });

  it("a bad chart spec is explained in bokmål", async () => {
    const dir = tempDir();
    const spec = join(dir, "spec.json");
    writeFileSync(spec, JSON.stringify({ chart: "c", data: [{ y: 3 }, { y: -1 }] }));
    const nb = await spc(["compute", spec], { LANG: "nb_NO.UTF-8" });
    expect(nb.code).toBe(1);
    expect(nb.stderr).toContain("spc: ugyldig diagramspesifikasjon");
    expect(nb.stderr).toContain("data[1].y: et antall kan ikke være negativt");
    const en = await spc(["compute", spec]);
    expect(en.stderr).toContain("spc: invalid chart spec");
    expect(en.stderr).toContain("data[1].y: a count cannot be negative");
  });
});

describe("file names as the user gave them", () => {
  it("a data file beside the plan is named by the plan's path as given, never made absolute", () => {
    expect(shownDataPath("team/plan.yaml", "fall.csv", "/home/x")).toBe(join("team", "fall.csv"));
    expect(shownDataPath("../plans/p.yaml", "../data/f.csv", "/home/x/work")).toBe(join("..", "data", "f.csv"));
    expect(shownDataPath("-", "data/f.csv", "/home/x")).toBe("data/f.csv");
    expect(shownDataPath("/home/x/plans/p.yaml", "f.csv", "/home/x")).toBe(join("plans", "f.csv"));
    expect(shownDataPath("/srv/plans/p.yaml", "f.csv", "/home/x")).toBe("/srv/plans/f.csv");
  });

  it("spc report's problems name a plan's data file relative to the plan as given", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "plans"));
    writeFileSync(join(dir, "plans", "p.yaml"), "title: P\nmeasures:\n  - name: Fall\n    type: outcome\n    chart: run\n    data: { file: ../data/mangler.csv, x: Måned, y: Fall }\n");
    const r = await spc(["report", join(dir, "plans", "p.yaml"), "--allow-outside", "-o", join(dir, "r.html"), "--no-date"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`cannot read ${join(dir, "data", "mangler.csv")}`);
    const nb = await spc(["report", join(dir, "plans", "p.yaml"), "--allow-outside", "-o", join(dir, "r.html"), "--no-date", "--lang", "nb"]);
    expect(nb.stderr).toContain("kan ikke lese");
    expect(nb.stderr).toContain("av 1 målinger kunne ikke beregnes");
    expect(readFileSync(join(repoRoot, "package.json"), "utf8")).toContain("spc-charts");
  });
});

describe("every command's help in bokmål", () => {
  it("each command, argument and option of `spc` has its own bokmål text (help-nb.ts)", async () => {
    const { Command } = await import("commander");
    const { registerCommands } = await import("../../src/cli/commands/index.js");
    const build = (lang: "nb" | "en") => {
      const program = new Command("spc");
      registerCommands(program, { stdout: () => {}, stderr: () => {} }, { render: () => "", lang });
      return program;
    };
    const nb = build("nb");
    const en = build("en"); // last: the language of this process's CLI messages stays English
    const missing: string[] = [];
    for (const [i, command] of en.commands.entries()) {
      const other = nb.commands[i]!;
      if (other.description() === command.description()) missing.push(`${command.name()}: description`);
      for (const [j, argument] of command.registeredArguments.entries()) {
        if (other.registeredArguments[j]!.description === argument.description) missing.push(`${command.name()} <${argument.name()}>`);
      }
      for (const [j, option] of command.options.entries()) {
        if (other.options[j]!.description === option.description) missing.push(`${command.name()} ${option.flags}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("reading and writing files, in the run's language", () => {
  it("a missing file and bad JSON are said in bokmål with LANG=nb_NO.UTF-8", async () => {
    const nb = await spc(["chart", "finnes-ikke.csv"], { LANG: "nb_NO.UTF-8" });
    expect(nb.code).toBe(3);
    expect(nb.stderr).toBe("finnes-ikke.csv: kan ikke lese (filen finnes ikke)\n");
    const en = await spc(["chart", "finnes-ikke.csv"]);
    expect(en.stderr).toBe("finnes-ikke.csv: cannot read (no such file)\n");
    const dir = tempDir();
    writeFileSync(join(dir, "spec.json"), "{ ikke json");
    const json = await spc(["compute", join(dir, "spec.json")], { LC_MESSAGES: "nb_NO.UTF-8" });
    expect(json.code).toBe(1);
    expect(json.stderr).toContain("ikke gyldig JSON");
  });
});

describe("an adapter's error in the run's language", () => {
  it("a column that does not exist is named in bokmål, with the columns there are", async () => {
    const nb = await spc(["chart", fixture("fall-sykehjem.csv"), "--y", "Fal", "--x", "Måned", "--lang", "nb"]);
    expect(nb.code).toBe(2);
    expect(nb.stderr).toContain("ingen kolonne heter «Fal» (y); kolonnene er «Måned»");
    const en = await spc(["chart", fixture("fall-sykehjem.csv"), "--y", "Fal", "--x", "Måned"]);
    expect(en.stderr).toContain('no column is named "Fal" (y); the columns are "Måned"');
  });
});

describe("weeks without a year, in the run's language", () => {
  it("asks for --year in bokmål, naming the line", async () => {
    const dir = tempDir();
    const file = join(dir, "uker.csv");
    writeFileSync(file, "Uke;Fall\nUke 3;2\nUke 4;1\nUke 5;3\n");
    const nb = await spc(["chart", file, "--y", "Fall", "--x", "Uke", "-o", join(dir, "u.svg")], { LANG: "nb_NO.UTF-8" });
    expect(nb.code).toBe(1);
    expect(nb.stderr).toContain(":2");
    expect(nb.stderr).toContain("har uker uten år («Uke 3» på linje 2)");
    expect(nb.stderr).toContain("--year 2024");
  });
});

describe("a rejected line, in the run's language", () => {
  it("a text in a number column is named by file, line and column in bokmål", async () => {
    const dir = tempDir();
    const file = join(dir, "avvik.csv");
    writeFileSync(file, "Måned;Fall\n2024-01-01;2\n2024-02-01;to\n2024-03-01;3\n");
    const nb = await spc(["chart", file, "--x", "Måned", "--y", "Fall", "-c", "run", "-o", join(dir, "a.svg")], { LANG: "nb_NO.UTF-8" });
    expect(nb.code, nb.stderr).toBe(0);
    expect(nb.stderr).toContain(`${file}:3:12: advarsel: kolonne «Fall»: «to» er ikke et tall (linjen er utelatt)`);
    const en = await spc(["chart", file, "--x", "Måned", "--y", "Fall", "-c", "run", "-o", join(dir, "a.svg")]);
    expect(en.stderr).toContain(`${file}:3:12: warning: column "Fall": "to" is not a number (line left out)`);
  });
});
