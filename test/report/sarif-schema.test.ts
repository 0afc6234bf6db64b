import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
// Both Ajv packages are CommonJS whose module.exports is also their `default`; NodeNext types it only as `.default`.
import ajvDraft04 from 'ajv-draft-04';
import type { ErrorObject, ValidateFunction } from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { ScanReport } from '../../src/model/report.js';
import type { BaselineView } from '../../src/report/baseline-wording.js';
import { renderSarif } from '../../src/report/sarif.js';
import { largeReport, makeFinding, mixedReport, passingReport, pullRequestReport } from './sample-reports.js';

/**
 * The SARIF 2.1.0 JSON schema (revision rtm.5) as Microsoft's SARIF SDK ships it in @microsoft/jest-sarif;
 * only the schema file is used. It is written in JSON Schema draft-04, hence the draft-04 flavour of Ajv.
 */
const SCHEMA_FILE = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function compileSarifSchema(): ValidateFunction {
  // strict off: the schema predates Ajv's strict mode (e.g. "id" next to "$ref"). unicodeRegExp off: the
  // schema's `language` pattern has a stray "]" that only a non-unicode RegExp accepts, as draft-04 validators did.
  const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  ajvFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
}

function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

/** A report with every shape renderSarif distinguishes: related locations, a scanned subdirectory, line-less diagnostics. */
function everyShapeReport(): ScanReport {
  const report = mixedReport();
  report.findings.push(
    makeFinding({ file: 'vendor/k8s.io/client-go/rest/config.go', source: 'client-go-source', declared: null, effective: null, verdict: 'unknown', severity: 'warning', rule: 'unknown-version' }),
    makeFinding({ file: 'Dockerfile', source: 'Dockerfile', line: 3, endLine: 4, related: [{ file: 'Dockerfile', line: 1 }] }),
  );
  return report;
}

/** Every baselineState renderSarif writes, with a fixed finding whose source kind no head finding has. */
function everyStateBaseline(): BaselineView {
  const fixed = makeFinding({ file: 'Dockerfile', source: 'Dockerfile', line: 3, endLine: 4, verdict: 'outdated', severity: 'error', related: [{ file: 'Dockerfile', line: 1 }] });
  return { scope: 'new', comparison: { statuses: ['worsened', 'existing', 'new'], fixed: [fixed] } };
}

const OPTIONS = { toolVersion: '0.1.0', informationUri: 'https://github.com/client-go-token-gate/client-go-token-gate#readme' };

describe('renderSarif against the SARIF 2.1.0 JSON schema', () => {
  const validate = compileSarifSchema();

  it.each([
    ['the mixed report', () => renderSarif(mixedReport(), OPTIONS)],
    ['a passing report (no results, no rules)', () => renderSarif(passingReport(), OPTIONS)],
    ['ok findings included as passes', () => renderSarif(passingReport(), { ...OPTIONS, includeOk: true })],
    ['every source kind and location shape, scanned from a subdirectory', () => renderSarif(everyShapeReport(), { ...OPTIONS, includeOk: true, scannedRoot: 'services/api' })],
    ['a large report', () => renderSarif(largeReport(300, 40, 10), OPTIONS)],
    ['a pull request with a baseline: new, unchanged and absent results', () => renderSarif(pullRequestReport().report, { ...OPTIONS, baseline: pullRequestReport().baseline, includeFixed: true })],
    ['a baseline with ok findings, a made-older reference and a fixed Dockerfile, from a subdirectory', () => renderSarif(pullRequestReport().report, { ...OPTIONS, includeOk: true, scannedRoot: 'services/api', baseline: everyStateBaseline() })],
  ])('%s is a valid SARIF log', (_label, render) => {
    // Round-trip through JSON: what is validated is what a consumer reads, without undefined members.
    const log = JSON.parse(JSON.stringify(render())) as unknown;
    const valid = validate(log);
    expect(describeErrors(validate.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the validator rejects a log that breaks the schema, so a pass above means something', () => {
    const log = JSON.parse(JSON.stringify(renderSarif(mixedReport(), OPTIONS))) as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    const [run] = log.runs;
    if (!run?.results[0]) throw new Error('expected a result');
    run.results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });
});
