import { appendFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';

/**
 * How many cases each target gets and how a failure is replayed. `npm test` runs a few (FUZZ_RUNS unset:
 * 200); `npm run fuzz` sets FUZZ_RUNS=100000. fast-check prints the seed and path of a failing case;
 * FUZZ_SEED and FUZZ_PATH replay exactly that case (with `-t` naming the property).
 */
const DEFAULT_RUNS = 200;
const DEFAULT_CASE_LIMIT_MS = 2000;

function numberFromEnvironment(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`${name}=${JSON.stringify(raw)} is not a number`);
  return value;
}

export const FUZZ_RUNS = numberFromEnvironment('FUZZ_RUNS', DEFAULT_RUNS);
/** A single case slower than this fails the property: the extractors must stay linear on hostile input. */
export const CASE_LIMIT_MS = numberFromEnvironment('FUZZ_CASE_LIMIT_MS', DEFAULT_CASE_LIMIT_MS);

function replayParameters(): Pick<fc.Parameters<unknown>, 'seed' | 'path'> {
  const seed = process.env['FUZZ_SEED'];
  const path = process.env['FUZZ_PATH'];
  return {
    ...(seed ? { seed: Number(seed) } : {}),
    ...(path ? { path } : {}),
  };
}

/** A Jest timeout that grows with the number of cases: a case may take up to its limit, most take well under 1 ms. */
function timeoutFor(runs: number): number {
  return 60_000 + runs * 20;
}

interface CaseTimes {
  cases: number;
  slowestMs: number;
  slowestSize: number;
}

function describeInput(input: unknown): number {
  if (typeof input === 'string' || input instanceof Uint8Array) return input.length;
  return JSON.stringify(input)?.length ?? 0;
}

/** Times one case, remembers the slowest, and fails it when it takes longer than the limit. */
function timed<T>(times: CaseTimes, input: T, elapsedMs: number): void {
  times.cases += 1;
  if (elapsedMs > times.slowestMs) {
    times.slowestMs = elapsedMs;
    times.slowestSize = describeInput(input);
  }
  if (elapsedMs > CASE_LIMIT_MS) throw new Error(`one case took ${elapsedMs.toFixed(0)} ms, over the ${CASE_LIMIT_MS} ms limit (input of ${describeInput(input)} characters/bytes)`);
}

/** One line per target, for the closing note: on the console under `npm run fuzz`, and appended to FUZZ_REPORT. */
function report(target: string, times: CaseTimes): void {
  const line = { target, cases: times.cases, slowestMs: Number(times.slowestMs.toFixed(2)), slowestInputSize: times.slowestSize };
  const reportPath = process.env['FUZZ_REPORT'];
  if (reportPath) appendFileSync(reportPath, `${JSON.stringify(line)}\n`);
  if (process.env['FUZZ_RUNS']) console.log(`fuzz ${target}: ${line.cases} cases, slowest ${line.slowestMs} ms (input of ${line.slowestInputSize})`);
}

/** A property over `inputs` that must hold for every case, run as one Jest test named after the target. */
export function itHoldsFor<T>(target: string, inputs: fc.Arbitrary<T>, check: (input: T) => void): void {
  it(
    `${target}: no exception, positions inside the input, each case under ${CASE_LIMIT_MS} ms`,
    () => {
      const times: CaseTimes = { cases: 0, slowestMs: 0, slowestSize: 0 };
      const property = fc.property(inputs, (input) => {
        const start = performance.now();
        check(input);
        timed(times, input, performance.now() - start);
      });
      try {
        fc.assert(property, { numRuns: FUZZ_RUNS, ...replayParameters() });
      } finally {
        report(target, times);
      }
    },
    timeoutFor(FUZZ_RUNS),
  );
}

/** itHoldsFor for readers that return promises (build info, image layers). */
export function itHoldsForAsync<T>(target: string, inputs: fc.Arbitrary<T>, check: (input: T) => Promise<void>, runs = FUZZ_RUNS): void {
  it(
    `${target}: no exception or rejection, well-formed result, each case under ${CASE_LIMIT_MS} ms`,
    async () => {
      const times: CaseTimes = { cases: 0, slowestMs: 0, slowestSize: 0 };
      const property = fc.asyncProperty(inputs, async (input) => {
        const start = performance.now();
        await check(input);
        timed(times, input, performance.now() - start);
      });
      try {
        await fc.assert(property, { numRuns: runs, ...replayParameters() });
      } finally {
        report(target, times);
      }
    },
    timeoutFor(runs),
  );
}
