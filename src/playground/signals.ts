/// <reference lib="dom" />
/**
 * The signals told in words: one card per finding, grouped by rule, each headed by where it lies
 * in the data's own terms ("uke 5–34", "mars–oktober 2024") rather than the points' numbers, and
 * linked to the points it flags (hovering or focusing a card highlights their marks, found by the
 * renderer's `data-index` and `data-facet`). The "what next" of a rule is said once per group when
 * every card of the group would repeat it.
 *
 * @module
 */
import { describeFinding, type ChartResult, type Finding } from "../index.js";
import { facetWords } from "../rules/describe.js";
import type { XWords } from "../rules/sentences.js";
import { RULE_TITLES, STRINGS, type UiLang } from "./i18n.js";

/** One rule's findings, in the order the library gave them. */
export interface SignalGroup {
  rule: Finding["rule"];
  findings: Finding[];
}

/** Findings grouped by rule, the groups in the order each rule first appears. */
export function groupByRule(findings: readonly Finding[]): SignalGroup[] {
  const groups = new Map<Finding["rule"], SignalGroup>();
  for (const f of findings) {
    let g = groups.get(f.rule);
    if (!g) groups.set(f.rule, (g = { rule: f.rule, findings: [] }));
    g.findings.push(f);
  }
  return [...groups.values()];
}

/** The words of each facet's x ("uke 5", "mars 2024"): describeFinding's own, kept per result. */
export function wordsOf(result: ChartResult): (facet: string | null) => XWords {
  return (facet) => facetWords(result, facet);
}

/** Cards shown open per rule; the rest of a long group is folded (one more is never folded alone). */
export const MAX_OPEN_CARDS = 4;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The positions a card lights up: the points it flags, or its whole stretch for a part-level finding. */
export function flaggedPositions(f: Finding): number[] {
  if (f.points.length > 0) return f.points;
  return Array.from({ length: f.last - f.first + 1 }, (_, i) => f.first + i);
}

/**
 * The signal cards for a result, as DOM: a section per rule with a heading that counts its
 * findings, a card per finding, and the rule's "what next" once when all its cards share it.
 * `onHighlight` is called with the finding's facet and positions while a card is hovered or
 * focused, and with `null` when it no longer is.
 */
export function signalCards(result: ChartResult, lang: UiLang, onHighlight: (facet: string | null, positions: number[] | null) => void): HTMLElement[] {
  const s = STRINGS[lang];
  const words = wordsOf(result);
  const multiFacet = result.facets.length > 1;
  return groupByRule(result.findings).map((group) => {
    const texts = group.findings.map((f) => describeFinding(f, { lang, result }));
    const sharedHint = texts.every((t) => t.hint === texts[0]!.hint) ? texts[0]!.hint : null;
    const section = document.createElement("section");
    section.className = "signal-group";
    section.dataset["rule"] = group.rule;
    const heading = document.createElement("h3");
    heading.textContent = `${RULE_TITLES[group.rule][lang]} (${group.findings.length})`;
    section.append(heading);
    const list = document.createElement("ul");
    // Many findings of one rule (every point of a new level beyond the limits) would bury the
    // others: the first few are shown, the rest one click away.
    const more = group.findings.length > MAX_OPEN_CARDS + 1 ? document.createElement("ul") : null;
    group.findings.forEach((f, i) => {
      const card = document.createElement("li");
      card.className = "signal";
      card.tabIndex = 0;
      const where = capital(words(f.facet).range(f.first, f.last, lang));
      const label = multiFacet && f.facet !== null ? `${f.facet}: ${where}` : where;
      card.dataset["points"] = flaggedPositions(f).join(" ");
      if (f.facet !== null) card.dataset["facet"] = f.facet;
      const head = document.createElement("p");
      head.className = "where";
      head.textContent = label;
      const body = document.createElement("p");
      body.textContent = texts[i]!.explanation;
      card.append(head, body);
      if (sharedHint === null) {
        const hint = document.createElement("p");
        hint.className = "next";
        hint.append(Object.assign(document.createElement("strong"), { textContent: `${s.next}: ` }), texts[i]!.hint);
        card.append(hint);
      }
      const on = () => onHighlight(f.facet, flaggedPositions(f));
      const off = () => onHighlight(f.facet, null);
      card.addEventListener("mouseenter", on);
      card.addEventListener("focus", on);
      card.addEventListener("mouseleave", off);
      card.addEventListener("blur", off);
      (more !== null && i >= MAX_OPEN_CARDS ? more : list).append(card);
    });
    section.append(list);
    if (more !== null) {
      const details = document.createElement("details");
      details.className = "more";
      const summary = document.createElement("summary");
      summary.textContent = s.moreSignals(group.findings.length - MAX_OPEN_CARDS);
      details.append(summary, more);
      section.append(details);
    }
    if (sharedHint !== null) {
      const hint = document.createElement("p");
      hint.className = "next";
      hint.append(Object.assign(document.createElement("strong"), { textContent: `${s.next}: ` }), sharedHint);
      section.append(hint);
    }
    return section;
  });
}
