#!/usr/bin/env bash
# The spc command on the example CSV files in test/fixtures/. Run after `npm run build`;
# everything is written to out/cli/. With the package installed, `npx spc` replaces `node dist/cli.js`.
set -euo pipefail
cd "$(dirname "$0")/.."
spc() { node dist/cli.js "$@"; }
fixtures=test/fixtures
out=out/cli
mkdir -p "$out"

# Which chart fits? The command looks at the data's shape and says why.
spc suggest "$fixtures/fall-sykehjem.csv" --lang en

# A U chart of falls per 1,000 bed-days from a CSV as Excel writes it (;, decimal comma).
spc chart "$fixtures/fall-sykehjem.csv" --chart u --x Måned --y Fall --n Liggedøgn --note Kommentar \
  --multiply 1000 --direction decrease --lang en -o "$out/falls.svg"

# The same chart as the computed result (JSON): centre lines, limits, signals.
spc chart "$fixtures/fall-sykehjem.csv" --chart u --x Måned --y Fall --n Liggedøgn --multiply 1000 -o "$out/falls.json"

# An event log, one row per fall: counted per month, and days between falls with injury (T chart).
spc chart "$fixtures/fallhendelser.csv" --events --x Hendelsesdato --period month -o "$out/falls-per-month.svg"
spc chart "$fixtures/fallhendelser.csv" --events --chart t --x Hendelsesdato \
  --include "Alvorlighetsgrad=Lett skade|Moderat skade|Alvorlig skade" -o "$out/days-between-injuries.svg"

# From a chart spec (JSON).
spc render examples/specs/falls-nursing-home.json --lang en -o "$out/falls-nursing-home.svg"

# One self-contained HTML report from a measurement plan (YAML): four measures, each with its
# chart and what it says. Lines of data that cannot be read are named on standard error and left
# out (one of this plan's files has a few on purpose); --strict would make them an error.
spc report "$fixtures/plans/fall.yaml" --no-date -o "$out/fall-report.html"

ls "$out"
