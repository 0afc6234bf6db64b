#!/usr/bin/env node
import { runCli } from './cli.js';

// Entry of dist/cli.js; src/cli.ts itself has no side effects.
void runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: { write: (text) => process.stdout.write(text), isTTY: process.stdout.isTTY },
  stderr: { write: (text) => process.stderr.write(text) },
  env: process.env,
}).then((code) => {
  process.exitCode = code;
});
