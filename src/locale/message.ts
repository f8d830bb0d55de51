/**
 * Messages in Norwegian bokmål and English: catalogs of texts keyed by a stable code, issues that
 * carry the code and its parameters, and one way to write either in a language.
 *
 * ## How to add a message (recipe)
 *
 * 1. In the `messages.ts` beside the module that speaks (make one if there is none), add an
 *    entry to its `defineMessages({ … })` catalog: the code is the key, `en` and `nb` are
 *    functions of the same parameters, typed on `en`:
 *    ```ts
 *    export const PLAN_MESSAGES = defineMessages({
 *      missing_column: {
 *        en: (p: { column: string }) => `no column is named "${p.column}"`,
 *        nb: (p) => `ingen kolonne heter «${p.column}»`,
 *      },
 *    });
 *    ```
 *    Mark the call `/* @__PURE__ *\/` so that a bundle that does not use the catalog drops it.
 *    Parameters are plain JSON (strings, numbers, booleans, null, lists and objects of those): issues travel as JSON.
 *    Write bokmål as a nurse reads it: «diagram», «måling», «linje», «kolonne», «fil», «mangler»,
 *    «ugyldig»; quote with «» in bokmål and "" in English.
 * 2. Where the problem is found, make the issue with the catalog:
 *    `PLAN_MESSAGES.issue("missing_column", ["data", "y"], { column })` — its `message` is the
 *    English text (kept for callers that read `message`), its `params` let
 *    `formatIssue(issue, { lang: "nb" })` write it in bokmål later.
 *    Plain text (CLI notes, help) is `PLAN_MESSAGES.text("missing_column", { column }, lang)`.
 *    The core (src/chart-spec, src/compute/compute.ts, src/compute/warnings.ts) is the exception, to keep
 *    `import { compute }` small: it writes the English inline and adds only the parameters
 *    (`issues.add(path, code, message, params)`); its catalogs (src/chart-spec/messages.ts +
 *    messages-nb.ts, src/compute/warning-messages.ts + -nb.ts) are loaded by `formatIssue` when bokmål is
 *    asked for, and test/locale/core-messages.test.ts checks that they write the same English.
 * 3. test/locale/messages.test.ts checks every registered catalog: both languages non-empty,
 *    the same parameters read, and bokmål different from English. Import the new catalog there.
 *
 * Nothing here uses Node: the core (and the browser) use it too. Catalogs register themselves
 * when their module is loaded, so a bundle carries only the catalogs of the modules it uses: the
 * CLI's and the adapters' texts stay out of `import { compute }`.
 *
 * @module
 */
import type { IssueCode, Lang, MessageParams, SpcIssue } from "../vocabulary.js";

export type { MessageParams, ParamValue } from "../vocabulary.js";

/** A language messages are written in: the library's {@link Lang}. */
export type MessageLang = Lang;

/** The languages, bokmål first. */
export const MESSAGE_LANGS: readonly MessageLang[] = ["nb", "en"];

/** One message in both languages, as functions of the same parameters (bokmål may be added later, see {@link defineTranslation}). */
export interface MessageText<P = MessageParams> {
  en: (params: P) => string;
  nb?: (params: P) => string;
}

// The texts of every catalog loaded so far, by code (what formatIssue looks up).
const REGISTRY = new Map<string, MessageText<never>>();
// Every catalog, for the tests.
const CATALOGS: { name: string; entries: Readonly<Record<string, MessageText<never>>> }[] = [];

/** The parameters of code `K` in catalog `M`. */
export type ParamsOf<M, K extends string> = M extends Messages<infer C> ? (K extends keyof C ? C[K] : never) : never;

/** A catalog: its entries, and how to write one as text or as an issue. `C` maps each code to its parameters. */
export interface Messages<C> {
  /** The entries, by code. */
  readonly entries: { readonly [K in keyof C]: MessageText<C[K] & MessageParams> };
  /** One message as text in a language. */
  text<K extends keyof C & string>(code: K, params: C[K], lang: MessageLang): string;
  /** An issue with the code and its parameters; `message` is the English text. */
  issue<K extends keyof C & string>(code: K, path: (string | number)[], params: C[K]): SpcIssue;
}

/**
 * Defines (and registers) a catalog of messages: each code with its English and bokmål text.
 *
 * @example
 * ```ts
 * const M = defineMessages({
 *   negative_count: { en: (p: { chart: string }) => `a count cannot be negative (${p.chart})`, nb: (p) => `et antall kan ikke være negativt (${p.chart})` },
 * });
 * M.text("negative_count", { chart: "C" }, "nb"); // "et antall kan ikke være negativt (C)"
 * M.issue("negative_count", ["data", 2, "y"], { chart: "C" }).message; // "a count cannot be negative (C)"
 * ```
 */
export function defineMessages<C>(
  entries: { [K in keyof C]: MessageText<C[K]> },
  name = "messages",
): Messages<C> {
  const all = entries as unknown as Record<string, MessageText<never>>;
  for (const [code, text] of Object.entries(all)) REGISTRY.set(code, text);
  CATALOGS.push({ name, entries: all });
  const write = (code: string, params: MessageParams, lang: MessageLang): string => {
    const text = all[code] as unknown as MessageText;
    return (text[lang] ?? text.en)(params);
  };
  return {
    entries: entries as Messages<C>["entries"],
    text: (code, params, lang) => write(code, params as MessageParams, lang),
    issue: (code, path, params) => ({ code: code as IssueCode, path, message: write(code, params as MessageParams, "en"), params: params as MessageParams }),
  };
}

/**
 * Adds the bokmål of a catalog defined in English only. The core's catalogs (spec, warnings) keep
 * their bokmål in a separate module so that `import { compute }` does not carry it: it is loaded
 * by `formatIssue` and the CLI, where a language is asked for.
 *
 * @example
 * ```ts
 * const M = defineMessages({ zero: { en: () => "must not be zero" } });
 * defineTranslation(M, "nb", { zero: () => "kan ikke være 0" });
 * M.text("zero", {}, "nb"); // "kan ikke være 0"
 * ```
 */
export function defineTranslation<C>(catalog: Messages<C>, lang: "nb", texts: { [K in keyof C]: (params: C[K]) => string }): void {
  const entries = catalog.entries as unknown as Record<string, MessageText<never>>;
  for (const [code, text] of Object.entries(texts)) {
    const entry = entries[code];
    if (entry !== undefined) entry[lang] = text as (params: never) => string;
  }
}

/**
 * An issue's message in a language: the catalog's text for its code and parameters, or its
 * `message` when the code is in no loaded catalog or the issue has no parameters (made by hand).
 *
 * @example
 * ```ts
 * issueMessage({ code: "negative_count", path: [], message: "a count cannot be negative (C)", params: { chart: "C" } }, "nb");
 * // "et antall kan ikke være negativt (C)" once the spec's catalog is loaded
 * ```
 */
export function issueMessage(issue: { code: string; message: string; params?: MessageParams | undefined }, lang: MessageLang = "en"): string {
  if (issue.params === undefined) return issue.message;
  const text = REGISTRY.get(issue.code);
  if (text === undefined) return issue.message;
  try {
    const texts = text as unknown as MessageText;
    return (texts[lang] ?? texts.en)(issue.params);
  } catch {
    // Parameters that do not fit (an issue stored by an older version): its own words.
    return issue.message;
  }
}

/**
 * Every catalog loaded so far, with a name: for the test that checks both languages.
 *
 * @example
 * ```ts
 * for (const { name, entries } of registeredCatalogs()) console.log(name, Object.keys(entries).length);
 * ```
 */
export function registeredCatalogs(): readonly { name: string; entries: Readonly<Record<string, MessageText<never>>> }[] {
  return CATALOGS;
}

/**
 * The language a locale string asks for: bokmål for `nb`, `nn` and `no` (`nb_NO.UTF-8`,
 * `no_NO`, `nn`), English otherwise (`C` and `POSIX` too); `undefined` for an empty value, so
 * that the next variable is asked.
 *
 * @example
 * ```ts
 * langOfLocale("nb_NO.UTF-8"); // "nb"
 * langOfLocale("en_GB.UTF-8"); // "en"
 * langOfLocale("");            // undefined
 * ```
 */
export function langOfLocale(value: string | undefined): MessageLang | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  return /^(nb|nn|no)([_.@-]|$)/i.test(value.trim()) ? "nb" : "en";
}

/**
 * The language of messages from the environment, as POSIX orders it: `LC_ALL`, then
 * `LC_MESSAGES`, then `LANG`; the first one set decides. English when none is set.
 *
 * @example
 * ```ts
 * langFromEnv({ LANG: "nb_NO.UTF-8" });                     // "nb"
 * langFromEnv({ LC_ALL: "en_US.UTF-8", LANG: "nb_NO.UTF-8" }); // "en"
 * langFromEnv({});                                          // "en"
 * ```
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): MessageLang {
  return langOfLocale(env.LC_ALL) ?? langOfLocale(env.LC_MESSAGES) ?? langOfLocale(env.LANG) ?? "en";
}
