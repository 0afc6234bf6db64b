import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractGoMod } from '../../src/extract/go-mod.js';
import type { GoModRecords, GoWorkRecords, ModuleVersionToken } from '../../src/extract/go-mod-records.js';
import { extractGoWork } from '../../src/extract/go-work.js';
import { canonicalModuleVersion } from '../../src/extract/go-semver.js';
import { generateCase, type GeneratedCase } from '../helpers/go-mod-generator.js';
import { goAvailable, goReading, inBatches, type GoEditJson, type GoReading } from '../helpers/go-mod-edit.js';

/**
 * The gate's go.mod/go.work reader against Go's own (`go mod edit -json`, `go work edit -json`): the same
 * requires, excludes, replaces and uses, or both refusing the file. DIFF_CASES=5000 (and DIFF_SEED) for a
 * longer run; the default keeps `npm test` well under a minute.
 */
const CASES = Number(process.env.DIFF_CASES ?? 300);
const SEED = Number(process.env.DIFF_SEED ?? 11);

interface Reading {
  refused: boolean;
  reason: string;
  summary: unknown;
}

/** `go mod edit` runs without a version fixer, so it also refuses every version that is not canonical semver. */
function nonCanonical(versions: (string | null)[]): string | null {
  return versions.find((version) => version !== null && canonicalModuleVersion(version) === '') ?? null;
}

function version(value: string | null): string {
  return value === null ? '' : canonicalModuleVersion(value);
}

function replacesSummary(replaces: GoModRecords['replaces']): unknown[] {
  // Go keeps the last of several replacements of the same module version.
  const kept = new Map<string, { old: ModuleVersionToken; new: ModuleVersionToken }>();
  for (const replace of replaces) {
    const key = `${replace.old.path}@${version(replace.old.version)}`;
    kept.delete(key);
    kept.set(key, replace);
  }
  const order = replaces.filter((replace) => kept.get(`${replace.old.path}@${version(replace.old.version)}`) === replace);
  return order.map((replace) => ({ old: [replace.old.path, version(replace.old.version)], new: [replace.new.path, version(replace.new.version)] }));
}

function ourReading(generated: GeneratedCase): Reading {
  const text = generated.bytes.toString('utf8');
  if (generated.kind === 'go.mod') {
    const records = extractGoMod(text);
    const versions = [
      ...records.requires.map((req) => req.version),
      ...records.excludes.map((exclude) => exclude.version),
      ...records.replaces.flatMap((replace) => [replace.old.version, replace.new.version]),
    ];
    const refusal = records.skipped[0]?.reason ?? (nonCanonical(versions) ? `version ${nonCanonical(versions)} is not canonical` : null);
    return { refused: refusal !== null, reason: refusal ?? '', summary: goModSummary(records) };
  }
  const records = extractGoWork(text);
  const versions = records.replaces.flatMap((replace) => [replace.old.version, replace.new.version]);
  const refusal = records.skipped[0]?.reason ?? (nonCanonical(versions) ? `version ${nonCanonical(versions)} is not canonical` : null);
  return { refused: refusal !== null, reason: refusal ?? '', summary: goWorkSummary(records) };
}

function goModSummary(records: GoModRecords): unknown {
  const excludes = new Map(records.excludes.map((exclude) => [`${exclude.path}@${version(exclude.version)}`, [exclude.path, version(exclude.version)]]));
  return {
    module: records.module?.path ?? '',
    go: records.goVersion ?? '',
    require: records.requires.map((req) => [req.path, version(req.version), req.indirect]),
    exclude: [...excludes.values()],
    replace: replacesSummary(records.replaces),
  };
}

function goWorkSummary(records: GoWorkRecords): unknown {
  return { go: records.goVersion ?? '', use: records.uses.map((use) => use.directory), replace: replacesSummary(records.replaces) };
}

function goSummary(kind: GeneratedCase['kind'], json: GoEditJson): unknown {
  const pair = (value: { Path: string; Version?: string }): [string, string] => [value.Path, value.Version ?? ''];
  const replace = (json.Replace ?? []).map((item) => ({ old: pair(item.Old), new: pair(item.New) }));
  if (kind === 'go.work') return { go: json.Go ?? '', use: (json.Use ?? []).map((use) => use.DiskPath), replace };
  return {
    module: json.Module?.Path ?? '',
    go: json.Go ?? '',
    require: (json.Require ?? []).map((req) => [req.Path, req.Version ?? '', req.Indirect ?? false]),
    exclude: (json.Exclude ?? []).map(pair),
    replace,
  };
}

/** What later Go accepts and Go 1.19 refuses; the gate reads as later Go does. */
const NEWER_GO_ONLY = [/unknown directive: (toolchain|godebug|tool|ignore)\b/, /unknown block type: (godebug|tool|ignore)\b/, /invalid go version '\d+\.\d+(\.\d+|[a-z]+\d+)'/];

function newerGoOnly(go: GoReading, ours: Reading, generated: GeneratedCase): boolean {
  if (go.ok || ours.refused) return false;
  if (NEWER_GO_ONLY.some((pattern) => pattern.test(go.error))) return true;
  // Later Go takes `.` and `..` alone as directories.
  const records = generated.kind === 'go.mod' ? extractGoMod(generated.bytes.toString('utf8')) : extractGoWork(generated.bytes.toString('utf8'));
  return /must be directory path/.test(go.error) && records.replaces.some((replace) => replace.new.path === '.' || replace.new.path === '..');
}

const describeWithGo = goAvailable() ? describe : describe.skip;

describeWithGo('go.mod and go.work reading against Go (go mod edit -json)', () => {
  let scratch = '';
  beforeAll(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'go-mod-differential-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it(`agrees on ${CASES} generated and mutated files (seed ${SEED})`, async () => {
    const cases = Array.from({ length: CASES }, (_, index) => generateCase(SEED, index));
    const goReadings = await inBatches(
      cases.map((generated, index) => () => goReading(generated.kind, path.join(scratch, `case-${index}`), generated.bytes, scratch)),
      4,
    );
    const disagreements: string[] = [];
    let refusedByBoth = 0;
    let newerOnly = 0;
    cases.forEach((generated, index) => {
      const go = goReadings[index] as GoReading;
      const ours = ourReading(generated);
      if (newerGoOnly(go, ours, generated)) {
        newerOnly += 1;
        return;
      }
      if (!go.ok && ours.refused) {
        refusedByBoth += 1;
        return;
      }
      const same = go.ok && !ours.refused && JSON.stringify(goSummary(generated.kind, go.json)) === JSON.stringify(ours.summary);
      if (!same) {
        disagreements.push(
          `case ${index} (${generated.kind}) ${JSON.stringify(generated.bytes.toString('utf8'))}\n  go: ${go.ok ? JSON.stringify(goSummary(generated.kind, go.json)) : go.error.trim()}\n  ours: ${ours.refused ? `refused: ${ours.reason}` : JSON.stringify(ours.summary)}`,
        );
      }
    });
    if (process.env.DIFF_VERBOSE) {
      const errors = new Map<string, number>();
      for (const go of goReadings) if (!go.ok) errors.set(go.error.split('\n')[1]?.replace(/^.*?:\d+: /, '').slice(0, 50) ?? '', (errors.get(go.error.split('\n')[1]?.replace(/^.*?:\d+: /, '').slice(0, 50) ?? '') ?? 0) + 1);
      console.log([...errors].sort((a, b) => b[1] - a[1]).slice(0, 25));
    }
    console.log(`go.mod differential: ${CASES} cases, ${refusedByBoth} refused by both, ${newerOnly} later-Go syntax, ${disagreements.length} disagreements`);
    expect(disagreements.slice(0, 10)).toEqual([]);
  }, 60_000 + CASES * 40);
});
