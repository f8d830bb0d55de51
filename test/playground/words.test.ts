import { describe, expect, it } from "vitest";
import { RULE_NAMES } from "../../src/rules/rule-names.js";
import { RULE_IDS } from "../../src/rules/types.js";
import { RULE_TITLES, STRINGS } from "../../src/playground/i18n.js";

/** Every text of the playground's catalogue in a language: strings, and functions called with sample values. */
function texts(lang: "nb" | "en"): string[] {
  const own = Object.values(STRINGS[lang]).map((v) => (typeof v === "function" ? String((v as (...a: unknown[]) => unknown)(2, ["x"], "x")) : String(v)));
  return [...own, ...RULE_IDS.map((id) => RULE_TITLES[id][lang])];
}

// The playground speaks the workshop glossary's words (docs/workshop/nb/README.md, "Ord og
// begreper"): a trainer who says "skift" and "fryse grunnlinjen" must find them on the screen.
describe("the playground's words agree with the glossary", () => {
  it("no bokmål text uses a word the glossary replaces", () => {
    const replaced = [/forskyvning/i, /lagdeling/i, /\blås(e|t)? (opp )?midtlinjen/i, /senterlinje/i, /kjørediagram/i, /løpediagram/i];
    for (const text of texts("nb")) for (const word of replaced) expect(text, text).not.toMatch(word);
  });

  it("nor does an English one (the baseline is frozen, not the centre line fixed)", () => {
    for (const text of texts("en")) expect(text, text).not.toMatch(/fix(ed)? the centre line|unfix/i);
  });

  it("each rule heading begins with the rule's own name, or says it in other words that contain it", () => {
    for (const id of RULE_IDS) {
      for (const lang of ["nb", "en"] as const) {
        const title = RULE_TITLES[id][lang].toLowerCase();
        const name = RULE_NAMES[id][lang].toLowerCase();
        // "For lang serie" says "Lengste serie" in the words of the finding; the rest start with the name.
        const key = id === "longest-run" ? (lang === "nb" ? "serie" : "run") : id === "outside-limits" ? name.replace(/^(utenfor|outside) /, "") : name;
        expect(title, `${id} ${lang}`).toContain(key);
      }
    }
  });

  it("the freeze controls say 'frys grunnlinjen' / 'freeze the baseline'", () => {
    expect(STRINGS.nb.freeze).toMatch(/^Frys grunnlinjen/);
    expect(STRINGS.nb.freezeHere).toMatch(/^Frys grunnlinjen/);
    expect(STRINGS.en.freeze).toMatch(/^Freeze the baseline/);
    expect(RULE_TITLES.shift.nb).toMatch(/^Skift /);
  });
});
