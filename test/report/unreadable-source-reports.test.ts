import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ScanReport } from '../../src/model/report.js';
import { scanRepository } from '../../src/pipeline/scan-repository.js';
import { renderAnnotations } from '../../src/report/annotations.js';
import { renderCheckRunAnnotations } from '../../src/report/check-run-output.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdownSummary } from '../../src/report/markdown-summary.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { inlineRepo, removeFixtureRepos } from '../helpers/fixture-repo.js';
import { scanSettingsFor } from '../helpers/scan-settings.js';

afterAll(removeFixtureRepos);

/** A Gopkg.lock with one NUL byte on line 4: an unreadable-source finding there, under fail-on: unknown. (go.mod takes NUL bytes as Go does.) */
async function unreadableReport(): Promise<ScanReport> {
  const root = inlineRepo({});
  writeFileSync(path.join(root, 'Gopkg.lock'), '[[projects]]\n  name = "k8s.io/client-go"\n  version = "v11.0.0"\n# \u0000\n');
  return scanRepository(scanSettingsFor(root, { failOn: 'unknown' }), { name: 'client-go-token-gate', version: 'test' });
}

describe('an unreadable-source finding shows in every report like any finding', () => {
  it('JSON: an unknown finding with its rule, reason and fix, failing the check', async () => {
    const json = JSON.parse(renderJson(await unreadableReport())) as { findings: Record<string, unknown>[]; diagnostics: unknown[]; result: string; summary: { unknown: number } };
    expect(json.findings).toEqual([
      expect.objectContaining({ file: 'Gopkg.lock', line: 4, source: 'Gopkg.lock', module: 'k8s.io/client-go', verdict: 'unknown', severity: 'warning', rule: 'unreadable-source', failsCheck: true, fix: 'Remove the NUL byte from line 4.' }),
    ]);
    expect(json.findings[0]?.message).toMatch(/^Unknown: Gopkg\.lock contains a NUL byte on line 4/);
    expect(json).toMatchObject({ diagnostics: [], result: 'fail', summary: { unknown: 1 } });
  });

  it('text, markdown, SARIF, workflow and check-run annotations name it with its fix', async () => {
    const report = await unreadableReport();
    expect(renderText(report, { color: false })).toMatch(/Gopkg\.lock[\s\S]*NUL byte on line 4[\s\S]*Remove the NUL byte from line 4\./);
    expect(renderMarkdownSummary(report)).toMatch(/NUL byte on line 4[\s\S]*Remove the NUL byte from line 4\./);
    const [run] = renderSarif(report, { toolVersion: 'test', informationUri: 'https://example.invalid' }).runs;
    expect(run?.results).toHaveLength(1);
    expect(run?.results[0]).toMatchObject({ level: 'warning', locations: [{ physicalLocation: { artifactLocation: { uri: 'Gopkg.lock' }, region: { startLine: 4 } } }] });
    expect(JSON.stringify(run?.results[0]?.message)).toMatch(/Remove the NUL byte from line 4/);
    expect(renderAnnotations(report).commands).toEqual([expect.objectContaining({ level: 'warning', file: 'Gopkg.lock', line: 4, message: expect.stringMatching(/NUL byte on line 4/) as unknown as string })]);
    expect(renderCheckRunAnnotations(report)).toEqual([expect.objectContaining({ path: 'Gopkg.lock', start_line: 4, annotation_level: 'warning' })]);
  });
});
