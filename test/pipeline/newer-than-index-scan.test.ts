import { scanRepository } from '../../src/pipeline/scan-repository.js';
import { renderJson } from '../../src/report/json.js';
import { fixtureRepo, removeFixtureRepos } from '../helpers/fixture-repo.js';
import { scanSettingsFor } from '../helpers/scan-settings.js';
import { expectGolden } from '../report/golden.js';

const TOOL = { name: 'client-go-token-gate', version: '9.9.9-test' };
const GOLDEN = new URL('./golden/', import.meta.url);

afterAll(removeFixtureRepos);

describe('client-go newer than the commit index, and fixes that must not go below what is named', () => {
  it('matches the golden JSON report under strict', async () => {
    const report = await scanRepository(scanSettingsFor(fixtureRepo('newer-than-index')), TOOL);
    expectGolden('newer-than-index.strict.json', renderJson(report), GOLDEN);
  });

  it('never proposes kubernetes-1.14.3 or v0.15.7 to code named newer than them, and says to update the gate for what the index cannot know', async () => {
    const report = await scanRepository(scanSettingsFor(fixtureRepo('newer-than-index'), { minimumVersion: 'v0.100.0' }), TOOL);
    const fixes = new Map(report.findings.map((finding) => [finding.file, finding.fix ?? '']));
    expect([...fixes].filter(([, fix]) => /kubernetes-1\.14\.3|v0\.15\.7/.test(fix))).toEqual([]);
    for (const file of ['services/commit/go.mod', 'services/based-on-newer-release/go.mod', 'services/newer-tag/go.mod', 'images/operator/Dockerfile']) {
      expect(fixes.get(file)).toContain('update client-go-token-gate (this is 9.9.9-test) to a newer release');
    }
  });
});
