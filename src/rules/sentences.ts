/**
 * What each rule's findings mean, in Norwegian bokmål and English: one explanation and one "what
 * to do next" per finding, with its numbers and x filled in. Only src/rules/describe.ts (and
 * through it explain()) imports this file; compute() returns findings as data and never does
 * (test/imports.test.ts checks it).
 *
 * @module
 */
import { writeNumber } from "../locale/number.js";
import { formatPair } from "./locale.js";
import type { ChartType } from "../chart-spec/chart-types.js";
import type { Finding, Lang, RuleId, Texts } from "./types.js";

/**
 * A finding's x in words, by position (1-based within the facet, as the finding's `first` and
 * `last`): "uke 12", "mars 2024", "punkt 7", and ranges such as "uke 12–19".
 */
export interface XWords {
  at(position: number, lang: Lang): string;
  range(first: number, last: number, lang: Lang): string;
}

/** A finding's explanation and hint, in both languages. */
export interface Explained {
  explanation: Texts;
  hint: Texts;
}

/**
 * Every rule's sentences: `SENTENCES[finding.rule](finding, words, chart)` writes the finding in
 * both languages; with the chart type a funnel's or a CUSUM's limit is named as what it is.
 *
 * @example
 * ```ts
 * const words: XWords = { at: (p) => `punkt ${p}`, range: (a, b) => `punkt ${a}–${b}` };
 * SENTENCES.shift(finding, words).explanation.nb;
 * // "9 punkter på rad over midtlinjen (punkt 3–11); regelen slår til ved 8. …"
 * ```
 */
export const SENTENCES: { readonly [R in RuleId]: (d: Finding, e: XWords, chart?: ChartType | null) => Explained } = {
  "outside-limits"(d, e, chart) {
    const high = d.side === "high";
    const { nb: [vnb, lnb], en: [ven, len] } = formatPair(d.value ?? Number.NaN, d.limit);
    // A funnel's limits are 99.8 % limits around the pooled value, and its points are units.
    if (chart === "funnel") {
      return {
        explanation: {
          nb: `${e.at(d.first, "nb")} ligger ${high ? "over øvre" : "under nedre"} 99,8 %-grense (${vnb} mot grensen ${lnb} ved sin nevner). Tilfeldig variasjon gir sjelden en enhet så langt fra den samlede verdien, så enheten skiller seg trolig ut.`,
          en: `${e.at(d.first, "en")} lies ${high ? "above the upper" : "below the lower"} 99.8 % limit (${ven} against the limit ${len} at its denominator). Chance alone rarely puts a unit that far from the pooled value, so the unit probably stands out.`,
        },
        hint: {
          nb: `Se på pasientsammensetning og datakvalitet for ${e.at(d.first, "nb")} før en vurderer behandlingen.`,
          en: `Check the case mix and data quality of ${e.at(d.first, "en")} before judging its care.`,
        },
      };
    }
    // A Bernoulli CUSUM has one decision limit h: reaching it is the signal.
    if (chart === "bcusum") {
      return {
        explanation: {
          nb: `Summen har nådd beslutningsgrensen (${e.at(d.first, "nb")}: ${vnb} mot grensen ${lnb}). Det skjer sjelden når risikoen er som forventet, så andelen hendelser har trolig endret seg.`,
          en: `The sum has reached the decision limit (${e.at(d.first, "en")}: ${ven} against the limit ${len}). That rarely happens when the risk is as expected, so the event rate has probably changed.`,
        },
        hint: {
          nb: `Gå gjennom hendelsene fram til ${e.at(d.first, "nb")} og finn ut hva som endret seg.`,
          en: `Go through the events up to ${e.at(d.first, "en")} and find out what changed.`,
        },
      };
    }
    return {
      explanation: {
        nb: `Ett punkt ligger ${high ? "over øvre" : "under nedre"} kontrollgrense (${e.at(d.first, "nb")}: ${vnb} mot grensen ${lnb}). Tilfeldig variasjon gir sjelden et punkt så langt ute, så noe spesielt har trolig skjedd.`,
        en: `One point lies ${high ? "above the upper" : "below the lower"} control limit (${e.at(d.first, "en")}: ${ven} against the limit ${len}). Common-cause variation rarely puts a point that far out, so something special has probably happened.`,
      },
      hint: {
        nb: `Finn ut hva som skjedde (${e.at(d.first, "nb")}) og om det kan skje igjen.`,
        en: `Find out what happened (${e.at(d.first, "en")}) and whether it can happen again.`,
      },
    };
  },
  shift(d, e) {
    const high = d.side === "high";
    return {
      explanation: {
        nb: `${writeNumber(d.count, "nb", 0)} punkter på rad ${high ? "over" : "under"} midtlinjen (${e.range(d.first, d.last, "nb")}); regelen slår til ved ${writeNumber(d.limit, "nb", 0)}. Så lange serier er sjeldne ved tilfeldig variasjon, så nivået har trolig endret seg.`,
        en: `${writeNumber(d.count, "en", 0)} points in a row ${high ? "above" : "below"} the centre line (${e.range(d.first, d.last, "en")}); the rule fires at ${writeNumber(d.limit, "en", 0)}. Runs this long are rare under common-cause variation, so the level has probably changed.`,
      },
      hint: {
        nb: `Finn ut hva som endret seg rundt ${e.at(d.first, "nb")}. Er endringen varig, kan en ny del med egen midtlinje starte der.`,
        en: `Find out what changed around ${e.at(d.first, "en")}. If the change lasts, a new part with its own centre line can start there.`,
      },
    };
  },
  trend(d, e) {
    const up = d.side === "high";
    return {
      explanation: {
        nb: `${writeNumber(d.count, "nb", 0)} punkter på rad, hvert ${up ? "høyere" : "lavere"} enn det forrige (${e.range(d.first, d.last, "nb")}); regelen slår til ved ${writeNumber(d.limit, "nb", 0)}. ${up ? "En så lang stigning" : "Et så langt fall"} er sjelden ved tilfeldig variasjon, så prosessen endrer seg trolig gradvis.`,
        en: `${writeNumber(d.count, "en", 0)} points in a row, each ${up ? "higher" : "lower"} than the one before (${e.range(d.first, d.last, "en")}); the rule fires at ${writeNumber(d.limit, "en", 0)}. A ${up ? "rise" : "fall"} this long is rare under common-cause variation, so the process is probably changing gradually.`,
      },
      hint: {
        nb: `Se etter noe som har endret seg gradvis siden ${e.at(d.first, "nb")}, som opplæring, slitasje, bemanning eller sesong.`,
        en: `Look for something that has changed gradually since ${e.at(d.first, "en")}, such as training, wear, staffing or season.`,
      },
    };
  },
  "two-of-three"(d, e) {
    const high = d.side === "high";
    const span = d.usable;
    const mdc = d.variant === "mdc";
    return {
      explanation: {
        nb: `${writeNumber(d.count, "nb", 0)} av ${writeNumber(span, "nb", 0)} punkter på rad ligger ${mdc ? `nær ${high ? "øvre" : "nedre"} kontrollgrense, mer enn 2 sigma ${high ? "over" : "under"} midtlinjen, og alle på samme side` : `mer enn 2 sigma ${high ? "over" : "under"} midtlinjen`} (${e.range(d.first, d.last, "nb")}). Det er uvanlig ved tilfeldig variasjon, så nivået har trolig flyttet seg.`,
        en: `${writeNumber(d.count, "en", 0)} of ${writeNumber(span, "en", 0)} points in a row lie ${mdc ? `close to the ${high ? "upper" : "lower"} control limit, more than 2 sigma ${high ? "above" : "below"} the centre line, and all on the same side` : `more than 2 sigma ${high ? "above" : "below"} the centre line`} (${e.range(d.first, d.last, "en")}). That is unusual under common-cause variation, so the level has probably moved.`,
      },
      hint: {
        nb: `Finn ut hva som skjedde rundt ${e.at(d.first, "nb")}, og følg med på om de neste punktene holder seg ${high ? "høyt" : "lavt"}.`,
        en: `Find out what happened around ${e.at(d.first, "en")}, and watch whether the next points stay ${high ? "high" : "low"}.`,
      },
    };
  },
  "four-of-five"(d, e) {
    const high = d.side === "high";
    const span = d.usable;
    return {
      explanation: {
        nb: `${writeNumber(d.count, "nb", 0)} av ${writeNumber(span, "nb", 0)} punkter på rad ligger mer enn 1 sigma ${high ? "over" : "under"} midtlinjen (${e.range(d.first, d.last, "nb")}). Det er uvanlig ved tilfeldig variasjon, så nivået har trolig flyttet seg litt.`,
        en: `${writeNumber(d.count, "en", 0)} of ${writeNumber(span, "en", 0)} points in a row lie more than 1 sigma ${high ? "above" : "below"} the centre line (${e.range(d.first, d.last, "en")}). That is unusual under common-cause variation, so the level has probably moved a little.`,
      },
      hint: {
        nb: `Finn ut hva som endret seg rundt ${e.at(d.first, "nb")}; en liten, varig endring viser seg ofte slik før den gir lengre serier.`,
        en: `Find out what changed around ${e.at(d.first, "en")}; a small lasting change often shows like this before it makes longer runs.`,
      },
    };
  },
  alternating(d, e) {
    return {
      explanation: {
        nb: `${writeNumber(d.count, "nb", 0)} punkter på rad går vekselvis opp og ned (${e.range(d.first, d.last, "nb")}); regelen slår til ved ${writeNumber(d.limit, "nb", 0)}. Et så regelmessig sagtannmønster er sjeldent ved tilfeldig variasjon.`,
        en: `${writeNumber(d.count, "en", 0)} points in a row go alternately up and down (${e.range(d.first, d.last, "en")}); the rule fires at ${writeNumber(d.limit, "en", 0)}. Such a regular sawtooth is rare under common-cause variation.`,
      },
      hint: {
        nb: "Se etter to kilder som veksler (vakter, avdelinger, målere) eller etter overjustering, der hver måling fører til en korreksjon.",
        en: "Look for two sources taking turns (shifts, wards, observers) or for over-adjustment, where every measurement triggers a correction.",
      },
    };
  },
  stratification(d, e) {
    return {
      explanation: {
        nb: `${writeNumber(d.count, "nb", 0)} punkter på rad ligger innenfor 1 sigma fra midtlinjen (${e.range(d.first, d.last, "nb")}); regelen slår til ved ${writeNumber(d.limit, "nb", 0)}. Så lite variasjon er sjeldent, så grensene er trolig for vide for disse dataene.`,
        en: `${writeNumber(d.count, "en", 0)} points in a row lie within 1 sigma of the centre line (${e.range(d.first, d.last, "en")}); the rule fires at ${writeNumber(d.limit, "en", 0)}. So little variation is rare, so the limits are probably too wide for these data.`,
      },
      hint: {
        nb: "Sjekk om hvert punkt blander data fra flere kilder (stratifisering), eller om grensene er beregnet fra andre data enn disse.",
        en: "Check whether each point mixes data from several sources (stratification), or whether the limits were computed from other data than these.",
      },
    };
  },
  mixture(d, e) {
    return {
      explanation: {
        nb: `${writeNumber(d.count, "nb", 0)} punkter på rad ligger mer enn 1 sigma fra midtlinjen, på begge sider (${e.range(d.first, d.last, "nb")}); regelen slår til ved ${writeNumber(d.limit, "nb", 0)}. Punktene unngår midten, som om de kom fra to ulike prosesser.`,
        en: `${writeNumber(d.count, "en", 0)} points in a row lie more than 1 sigma from the centre line, on both sides (${e.range(d.first, d.last, "en")}); the rule fires at ${writeNumber(d.limit, "en", 0)}. The points avoid the middle, as if they came from two different processes.`,
      },
      hint: {
        nb: "Del dataene etter kilde (avdeling, vakt, metode) og se på hver for seg.",
        en: "Split the data by source (ward, shift, method) and look at each one.",
      },
    };
  },
  "longest-run"(d, e) {
    const high = d.side === "high";
    return {
      explanation: {
        nb: `${writeNumber(d.count, "nb", 0)} punkter på rad ${high ? "over" : "under"} midtlinjen (${e.range(d.first, d.last, "nb")}). Det er lengre enn grensen på ${writeNumber(d.limit, "nb", 0)} for ${writeNumber(d.nUseful, "nb", 0)} punkter, så prosessen har trolig endret seg.`,
        en: `${writeNumber(d.count, "en", 0)} points in a row ${high ? "above" : "below"} the centre line (${e.range(d.first, d.last, "en")}). That is longer than the limit of ${writeNumber(d.limit, "en", 0)} for ${writeNumber(d.nUseful, "en", 0)} points, so the process has probably changed.`,
      },
      hint: {
        nb: `Finn ut hva som endret seg rundt ${e.at(d.first, "nb")}. Er endringen varig og ønsket, kan en ny del med egen midtlinje starte der.`,
        en: `Find out what changed around ${e.at(d.first, "en")}. If the change is lasting and wanted, a new part with its own centre line can start there.`,
      },
    };
  },
  crossings(d, e) {
    return {
      explanation: {
        nb: `Kurven krysser midtlinjen ${writeNumber(d.count, "nb", 0)} ${d.count === 1 ? "gang" : "ganger"} (${e.range(d.first, d.last, "nb")}). Det er færre enn grensen på ${writeNumber(d.limit, "nb", 0)} for ${writeNumber(d.nUseful, "nb", 0)} punkter, så prosessen har trolig endret seg.`,
        en: `The line crosses the centre line ${writeNumber(d.count, "en", 0)} ${d.count === 1 ? "time" : "times"} (${e.range(d.first, d.last, "en")}). That is fewer than the limit of ${writeNumber(d.limit, "en", 0)} for ${writeNumber(d.nUseful, "en", 0)} points, so the process has probably changed.`,
      },
      hint: {
        nb: "Se etter perioder på ulikt nivå, og del gjerne diagrammet der nivået skifter.",
        en: "Look for periods at different levels, and consider splitting the chart where the level changes.",
      },
    };
  },
  astronomical(d, e) {
    const high = d.side === "high";
    const { nb: [vnb, lnb], en: [ven, len] } = formatPair(d.value ?? Number.NaN, d.limit);
    return {
      explanation: {
        nb: `Et astronomisk punkt: ${e.at(d.first, "nb")} (${vnb}) ligger ${high ? "over" : "under"} ${lnb}, mer enn 3 sigma fra midtlinjen. Så langt ute havner tilfeldig variasjon nesten aldri.`,
        en: `An astronomical point: ${e.at(d.first, "en")} (${ven}) lies ${high ? "above" : "below"} ${len}, more than 3 sigma from the centre line. Common-cause variation almost never goes that far.`,
      },
      hint: {
        nb: `Finn ut hva som skjedde (${e.at(d.first, "nb")}); sjekk også om verdien er registrert riktig.`,
        en: `Find out what happened (${e.at(d.first, "en")}); check too that the value was recorded correctly.`,
      },
    };
  },
  "number-of-runs"(d, e) {
    const few = d.count < d.limit;
    return {
      explanation: {
        nb: few
          ? `Punktene danner bare ${writeNumber(d.count, "nb", 0)} serier over og under midtlinjen (${e.range(d.first, d.last, "nb")}), færre enn grensen på ${writeNumber(d.limit, "nb", 0)} for ${writeNumber(d.nUseful, "nb", 0)} punkter, så prosessen har trolig endret seg.`
          : `Punktene danner hele ${writeNumber(d.count, "nb", 0)} serier over og under midtlinjen (${e.range(d.first, d.last, "nb")}), flere enn grensen på ${writeNumber(d.limit, "nb", 0)} for ${writeNumber(d.nUseful, "nb", 0)} punkter: de veksler for ofte.`,
        en: few
          ? `The points form only ${writeNumber(d.count, "en", 0)} runs above and below the centre line (${e.range(d.first, d.last, "en")}), fewer than the limit of ${writeNumber(d.limit, "en", 0)} for ${writeNumber(d.nUseful, "en", 0)} points, so the process has probably changed.`
          : `The points form as many as ${writeNumber(d.count, "en", 0)} runs above and below the centre line (${e.range(d.first, d.last, "en")}), more than the limit of ${writeNumber(d.limit, "en", 0)} for ${writeNumber(d.nUseful, "en", 0)} points: they switch sides too often.`,
      },
      hint: few
        ? { nb: "Se etter perioder på ulikt nivå, og del gjerne diagrammet der nivået skifter.", en: "Look for periods at different levels, and consider splitting the chart where the level changes." }
        : { nb: "Se etter to kilder som veksler (vakter, avdelinger) eller etter overjustering.", en: "Look for two sources taking turns (shifts, wards) or for over-adjustment." },
    };
  },
};
