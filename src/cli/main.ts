#!/usr/bin/env node
// The only module of the CLI that touches `process`: it hands runCli the process's output,
// input, environment and terminal, and sets the exit code runCli returns.
import { readProcessStdin } from "./read-input.js";
import { runCli } from "./run.js";

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: readProcessStdin,
  env: process.env,
  stderrIsTTY: process.stderr.isTTY === true,
  ...(process.stderr.columns === undefined ? {} : { stderrColumns: process.stderr.columns }),
});
