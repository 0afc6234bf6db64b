// Measuring and reporting helpers shared by the parts of `npm run bench` (bench.mjs, bench-image.mjs).
//
// Peak RSS comes from a preload (--import of a data: URL) that prints the child's peak resident set on exit:
// it needs no package and no /usr/bin/time, and reads the same on Node 20 and 24. On Linux that is VmHWM from
// /proc/self/status, not process.resourceUsage().maxRSS: getrusage's maxrss survives fork+exec, so a child
// reports at least the RSS its parent had when it was spawned (bench.mjs at 145 MB after generating images
// made a 5 MB image scan read 145 MB). maxRSS stays the fallback where /proc is missing.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const RSS_MARKER = '@@bench-maxrss-kb ';

export function rssPreloadArgument() {
  const source = [
    "import { readFileSync } from 'node:fs';",
    "process.on('exit', () => {",
    '  let kb = process.resourceUsage().maxRSS;',
    "  try { kb = Number(/VmHWM:\\s*(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))[1]); } catch {}",
    `  process.stderr.write('\\n${RSS_MARKER}' + kb + '\\n');`,
    '});',
  ].join('\n');
  return `--import=data:text/javascript,${encodeURIComponent(source)}`;
}

/** Runs a child node to completion; wall time includes its start-up, as a user would see it. */
export function timedRun(node, args, options = {}) {
  const started = performance.now();
  const child = spawnSync(node, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, ...options });
  const ms = performance.now() - started;
  const stderr = child.stderr ?? '';
  const marker = stderr.lastIndexOf(RSS_MARKER);
  const maxRssKb = marker === -1 ? null : Number.parseInt(stderr.slice(marker + RSS_MARKER.length), 10);
  return { ms, maxRssKb, status: child.status, error: child.error, stdout: child.stdout ?? '', stderr: marker === -1 ? stderr : stderr.slice(0, marker) };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Median wall time; peak RSS is the highest of the runs, since a limit has to hold for every run. */
export function summarize(runs) {
  const rss = runs.map((run) => run.maxRssKb).filter((value) => value !== null);
  return { ms: median(runs.map((run) => run.ms)), peakRssMb: rss.length ? Math.max(...rss) / 1024 : null };
}

export function runFailure(label, run) {
  if (run.status === 0) return null;
  const reason = run.error ? run.error.message : `exit status ${run.status}`;
  return `${label} failed (${reason}):\n${run.stderr.slice(0, 4000)}`;
}

export const formatMs = (ms) => `${Math.round(ms).toLocaleString('en-US')} ms`;
export const formatMb = (mb) => (mb === null ? 'n/a' : `${mb.toFixed(0)} MB`);
export const verdict = (pass) => (pass ? 'PASS' : 'FAIL');

export function printTable(rows, header) {
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => String(row[column] ?? '').length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, column) => String(cell ?? '').padEnd(widths[column])).join('   ').trimEnd());
}

export function nodeVersion(node) {
  return spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
}
