import { run } from './main.js';

// The bundle's entry: the runner executes this file; importing main.ts elsewhere runs nothing.
void run().then((code) => {
  process.exitCode = code;
});
