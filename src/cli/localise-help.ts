/**
 * Commander in bokmål: its headings ("Usage:", "Options:"), its own options and errors ("unknown
 * option", "missing required argument", "Allowed choices are"), and every command's help from
 * help-nb.ts. English is commander's own and the registration's text, left as it is.
 *
 * @module
 */
import { Help, type Command } from "commander";
import type { MessageLang } from "../locale/message.js";
import { HELP_NB } from "./help-nb.js";

const TITLES_NB: Readonly<Record<string, string>> = {
  "Usage:": "Bruk:",
  "Options:": "Valg:",
  "Arguments:": "Argumenter:",
  "Commands:": "Kommandoer:",
  "Global Options:": "Globale valg:",
};

/** Commander's error texts and their bokmål, in the order tried (the more specific first). */
const ERRORS_NB: readonly [RegExp, string][] = [
  [/^error: unknown option '(.*?)'/, "feil: ukjent valg '$1'"],
  [/^error: unknown command '(.*?)'/, "feil: ukjent kommando '$1'"],
  [/^error: missing required argument '(.*?)'/, "feil: argumentet '$1' mangler"],
  [/^error: option '(.*?)' argument missing/, "feil: valget '$1' mangler en verdi"],
  [/^error: required option '(.*?)' not specified/, "feil: valget '$1' må oppgis"],
  [/^error: option '(.*?)' argument '(.*?)' is invalid\./, "feil: ugyldig verdi '$2' for valget '$1'."],
  [/^error: command-argument value '(.*?)' is invalid for argument '(.*?)'\./, "feil: ugyldig verdi '$1' for argumentet '$2'."],
  [/^error: too many arguments for '(.*?)'\. Expected (\d+) arguments? but got (\d+)\./, "feil: for mange argumenter til '$1'. Ventet $2, men fikk $3."],
  [/^error: too many arguments\. Expected (\d+) arguments? but got (\d+)\./, "feil: for mange argumenter. Ventet $1, men fikk $2."],
  [/^error: (.*?) cannot be used with (.*)$/m, "feil: $1 kan ikke brukes sammen med $2"],
  [/Allowed choices are (.*?)\.(\n|$)/, "Tillatte verdier er $1.$2"],
  [/\(Did you mean one of (.*?)\?\)/, "(Mente du en av $1?)"],
  [/\(Did you mean (.*?)\?\)/, "(Mente du $1?)"],
  [/^error: /, "feil: "],
];

/**
 * One of commander's error texts in bokmål (unknown texts pass as they are).
 *
 * @example
 * ```ts
 * commanderErrorNb("error: unknown option '--yy'\n(Did you mean --y?)\n");
 * // "feil: ukjent valg '--yy'\n(Mente du --y?)\n"
 * ```
 */
export function commanderErrorNb(text: string): string {
  let out = text;
  for (const [pattern, replacement] of ERRORS_NB) out = out.replace(pattern, replacement);
  return out;
}

/** "(choices: …, default: …)" after a description, in bokmål. */
function extraInfoNb(description: string): string {
  return description.replace(/\(((?:choices|default|preset|env): .*)\)$/, (_, inner: string) =>
    `(${inner.replace(/\bchoices: /, "valg: ").replace(/\bdefault: /, "standard: ").replace(/\bpreset: /, "forhåndsvalg: ")})`,
  );
}

/**
 * Sets the language of commander's own texts on a program, before its commands are added (they
 * inherit it): headings, `-h, --help`, the `help` command and error messages.
 *
 * @example
 * ```ts
 * const program = new Command("spc");
 * localiseProgram(program, "nb");
 * registerCommands(program, io, deps);
 * ```
 */
export function localiseProgram(program: Command, lang: MessageLang): void {
  if (lang !== "nb") return;
  program.helpOption("-h, --help", "vis hjelp for kommandoen");
  program.helpCommand("help [command]", "vis hjelp for kommandoen");
  program.configureHelp({
    styleTitle: (title: string) => TITLES_NB[title] ?? title,
    optionDescription: (option) => extraInfoNb(Help.prototype.optionDescription.call(new Help(), option)),
    argumentDescription: (argument) => extraInfoNb(Help.prototype.argumentDescription.call(new Help(), argument)),
  });
  const previous = program.configureOutput().outputError ?? ((text: string, write: (t: string) => void) => write(text));
  program.configureOutput({ outputError: (text, write) => previous(commanderErrorNb(text), write) });
}

/**
 * Puts the bokmål help of help-nb.ts on a program's commands, after they are registered:
 * descriptions, arguments, options and the text after the options.
 *
 * @example
 * ```ts
 * registerCommands(program, io, deps);
 * localiseCommands(program, "nb");
 * ```
 */
export function localiseCommands(program: Command, lang: MessageLang): void {
  if (lang !== "nb") return;
  for (const command of [program, ...program.commands]) {
    const help = HELP_NB[command.parent === null ? "spc" : command.name()];
    if (help === undefined) continue;
    command.description(help.description);
    for (const argument of command.registeredArguments) {
      const text = help.arguments?.[argument.name()];
      if (text !== undefined) argument.description = text;
    }
    for (const option of command.options) {
      const text = help.options[option.long ?? option.short ?? ""];
      if (text !== undefined) option.description = text;
    }
    if (help.after !== undefined) {
      (command as unknown as { removeAllListeners(event: string): void }).removeAllListeners("afterHelp");
      command.addHelpText("after", help.after);
    }
  }
}
