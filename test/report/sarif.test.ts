import { referenceFingerprint, renderSarif, type SarifLog } from '../../src/report/sarif.js';
import { expectGolden } from './golden.js';
import { HOSTILE_FILE, makeFinding, mixedReport, passingReport, pullRequestReport } from './sample-reports.js';

const OPTIONS = { toolVersion: '0.1.0', informationUri: 'https://github.com/client-go-token-gate/client-go-token-gate#readme' };

function onlyRun(log: SarifLog): SarifLog['runs'][number] {
  const [run] = log.runs;
  if (!run) throw new Error('no run');
  return run;
}

describe('renderSarif', () => {
  it('matches the golden SARIF of the mixed report', () => {
    expectGolden('report-mixed.sarif.json', `${JSON.stringify(renderSarif(mixedReport(), OPTIONS), null, 2)}\n`);
  });

  it('is SARIF 2.1.0 with the tool, version and information URI', () => {
    const log = renderSarif(mixedReport(), OPTIONS);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(onlyRun(log).tool.driver).toMatchObject({ name: 'client-go-token-gate', version: '0.1.0', informationUri: OPTIONS.informationUri });
  });

  it('has one rule per source kind with results, each with descriptions and a help link', () => {
    const { rules } = onlyRun(renderSarif(mixedReport(), OPTIONS)).tool.driver;
    expect(rules.map((rule) => rule.id)).toEqual(['client-go-token-reload/go.mod', 'client-go-token-reload/go.sum']);
    for (const rule of rules) {
      expect(rule.shortDescription.text).not.toBe('');
      expect(rule.fullDescription.text).toContain('stop-gap, not a fix');
      expect(rule.helpUri).toBe('https://github.com/client-go-token-gate/client-go-token-gate#what-it-reads');
    }
  });

  it('reports the findings that are not ok, with level, message and fix, location and rule index', () => {
    const run = onlyRun(renderSarif(mixedReport(), OPTIONS));
    expect(run.results.map((result) => [result.level, result.locations[0]?.physicalLocation.artifactLocation.uri])).toEqual([
      ['error', 'cmd/agent/go.mod'],
      ['error', 'evil%7Cdir/%3Cimg%20src%3Dx%3E/go.mod'],
      ['error', 'go.mod'],
      ['warning', 'legacy/go.sum'],
      ['warning', 'edge/go.mod'],
    ]);
    const goMod = run.results[2];
    expect(goMod?.message.text).toMatch(/^client-go v10\.0\.0\+incompatible .*\nFix: Run `go get/s);
    expect(goMod?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'go.mod', uriBaseId: '%SRCROOT%' },
      region: { startLine: 5, startColumn: 22, endLine: 5, endColumn: 42 },
    });
    expect(goMod?.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: 'go.mod', uriBaseId: '%SRCROOT%' }, region: { startLine: 9, startColumn: 2 } },
        message: { text: 'require line' },
      },
    ]);
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it('fingerprints the reference by file, module and declared version, not by line', () => {
    const run = onlyRun(renderSarif(mixedReport(), OPTIONS));
    const goMod = run.results[2];
    expect(goMod?.partialFingerprints).toEqual({
      'clientGoReference/v1': referenceFingerprint('go.mod', { module: 'k8s.io/client-go', declared: 'v10.0.0+incompatible' }),
    });
    expect(goMod?.partialFingerprints['clientGoReference/v1']).toMatch(/^[0-9a-f]{64}$/);
    const moved = mixedReport();
    for (const finding of moved.findings) finding.line += 10;
    expect(onlyRun(renderSarif(moved, OPTIONS)).results.map((result) => result.partialFingerprints)).toEqual(
      run.results.map((result) => result.partialFingerprints),
    );
    expect(referenceFingerprint('go.mod', { module: 'k8s.io/client-go', declared: 'v10.0.0' })).not.toBe(
      referenceFingerprint('go.mod', { module: 'k8s.io/client-go', declared: 'v11.0.0' }),
    );
  });

  it('leaves ok findings out unless asked, then reports them as passes', () => {
    expect(onlyRun(renderSarif(passingReport(), OPTIONS)).results).toEqual([]);
    expect(onlyRun(renderSarif(passingReport(), OPTIONS)).tool.driver.rules).toEqual([]);
    const [pass] = onlyRun(renderSarif(passingReport(), { ...OPTIONS, includeOk: true })).results;
    expect(pass).toMatchObject({ kind: 'pass', level: 'none', ruleId: 'client-go-token-reload/go.mod' });
  });

  it('makes URIs relative to the repository root when a subdirectory was scanned', () => {
    const run = onlyRun(renderSarif(mixedReport(), { ...OPTIONS, scannedRoot: 'services/api' }));
    expect(run.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('services/api/cmd/agent/go.mod');
  });

  it('reports diagnostics as tool notifications', () => {
    const [invocation] = onlyRun(renderSarif(mixedReport(), OPTIONS)).invocations;
    expect(invocation?.executionSuccessful).toBe(true);
    expect(invocation?.toolExecutionNotifications).toEqual([
      { level: 'warning', message: { text: 'bin/tool: Skipped: 20 MB is larger than max-file-size (16 MB).' } },
      {
        level: 'warning',
        message: { text: 'vendor/modules.txt:3: Line not understood: `# k8s.io/client-go v0.x`.' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'vendor/modules.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 3 } } }],
      },
    ]);
  });

  it('keeps hostile repository text as data, percent-encoding only the URI', () => {
    const log = renderSarif(mixedReport(), OPTIONS);
    const hostile = onlyRun(log).results.find((result) => result.properties.declared === 'v1.0.0%0A::error::pwn');
    expect(hostile?.locations[0]?.physicalLocation.artifactLocation.uri).not.toContain(HOSTILE_FILE);
    expect(() => JSON.parse(JSON.stringify(log)) as unknown).not.toThrow();
  });

  it('writes no baselineState without a baseline', () => {
    for (const result of onlyRun(renderSarif(mixedReport(), { ...OPTIONS, includeOk: true })).results) expect(Object.keys(result)).not.toContain('baselineState');
  });
});

describe('renderSarif with a baseline', () => {
  const uriOf = (result: SarifLog['runs'][number]['results'][number]): string | undefined => result.locations[0]?.physicalLocation.artifactLocation.uri;

  it('matches the golden SARIF of a pull request with one new, one existing and one fixed finding', () => {
    const { report, baseline } = pullRequestReport();
    expectGolden('report-pull-request.sarif.json', `${JSON.stringify(renderSarif(report, { ...OPTIONS, baseline, includeFixed: true }), null, 2)}\n`);
  });

  it('says new or unchanged, lowers an existing problem one level under fail-on-scope new, and adds the fixed one as absent', () => {
    const { report, baseline } = pullRequestReport();
    const run = onlyRun(renderSarif(report, { ...OPTIONS, baseline, includeFixed: true }));
    expect(run.results.map((result) => [uriOf(result), result.kind, result.level, result.baselineState])).toEqual([
      ['cmd/agent/go.mod', 'fail', 'error', 'new'],
      ['go.mod', 'fail', 'warning', 'unchanged'],
      ['legacy/go.mod', 'pass', 'none', 'absent'],
    ]);
    const fixed = run.results[2];
    expect(fixed?.message.text).toMatch(/^Fixed by this change\. On the base commit: client-go v11\.0\.0\+incompatible /);
    expect(fixed?.partialFingerprints).toEqual({ 'clientGoReference/v1': referenceFingerprint('legacy/go.mod', { module: 'k8s.io/client-go', declared: 'v11.0.0+incompatible' }) });
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]?.id).toBe(result.ruleId);
  });

  it('keeps the level under fail-on-scope all, says updated for a reference made older, and lowers a warning to a note', () => {
    const { report, baseline } = pullRequestReport();
    const all = onlyRun(renderSarif(report, { ...OPTIONS, baseline: { ...baseline, scope: 'all' }, includeFixed: true }));
    expect(all.results.map((result) => [result.level, result.baselineState])).toEqual([['error', 'new'], ['error', 'unchanged'], ['none', 'absent']]);
    const worsened = onlyRun(renderSarif(report, { ...OPTIONS, baseline: { ...baseline, comparison: { ...baseline.comparison, statuses: ['worsened', 'existing', 'existing'] } } }));
    expect(worsened.results[0]).toMatchObject({ level: 'error', baselineState: 'updated' });
    const unknown = { ...passingReport(), findings: [makeFinding({ verdict: 'unknown', severity: 'warning', rule: 'unknown-version' })] };
    const [carried] = onlyRun(renderSarif(unknown, { ...OPTIONS, baseline: { scope: 'new', comparison: { statuses: ['existing'], fixed: [] } } })).results;
    expect(carried).toMatchObject({ kind: 'fail', level: 'note', baselineState: 'unchanged' });
  });

  it('leaves fixed findings out unless asked: code scanning would open an alert even for a pass', () => {
    const { report, baseline } = pullRequestReport();
    const run = onlyRun(renderSarif(report, { ...OPTIONS, baseline }));
    expect(run.results.map((result) => result.baselineState)).toEqual(['new', 'unchanged']);
  });

  it('has a rule for the source kind of a fixed finding even when no head finding has it', () => {
    const { report, baseline } = pullRequestReport();
    const fixed = makeFinding({ file: 'Dockerfile', source: 'Dockerfile', verdict: 'outdated', severity: 'error' });
    const run = onlyRun(renderSarif(report, { ...OPTIONS, baseline: { ...baseline, comparison: { ...baseline.comparison, fixed: [fixed] } }, includeFixed: true }));
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(['client-go-token-reload/go.mod', 'client-go-token-reload/Dockerfile']);
    expect(run.results.at(-1)).toMatchObject({ ruleId: 'client-go-token-reload/Dockerfile', ruleIndex: 1, baselineState: 'absent' });
  });
});
