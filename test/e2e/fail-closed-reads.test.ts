import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pushEvent } from '../helpers/github-event-payloads.js';
import { fixtureRepo, inlineRepo, removeFixtureRepos } from '../helpers/fixture-repo.js';
import { NODE_BINARIES, runActionWithEvent } from '../helpers/run-bundle.js';

const temporary: string[] = [];
afterAll(() => {
  removeFixtureRepos();
  for (const directory of temporary) rmSync(directory, { recursive: true, force: true });
});

const SHA = '0123456789abcdef0123456789abcdef01234567';
const push = (env: Record<string, string> = {}) => ({ name: 'push', payload: pushEvent({ before: '0'.repeat(40), after: SHA, ref: 'refs/heads/main' }), env });

describe.each(NODE_BINARIES)('dist/index.js on %s', (_label, node) => {
  it('without RUNNER_TEMP writes the report into a fresh private directory, not a fixed /tmp path', async () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'cgtg-tmpdir-'));
    temporary.push(tmp);
    const run = await runActionWithEvent(node, fixtureRepo('all-current'), {}, push({ RUNNER_TEMP: '', TMPDIR: tmp }));
    expect(run.status).toBe(0);
    const reportPath = run.outputs['report-path'] ?? '';
    expect(reportPath).toMatch(new RegExp(`^${tmp}/client-go-token-gate-[^/]{6}/client-go-token-gate/report\\.json$`));
    expect(statSync(path.dirname(path.dirname(reportPath))).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(reportPath, 'utf8'))).toMatchObject({ result: 'pass' });
  });

  it('a go.mod with a NUL byte outside a comment (Go refuses it) fails the step under fail-on: unknown, with an annotation at that line', async () => {
    const workspace = inlineRepo({});
    writeFileSync(path.join(workspace, 'go.mod'), 'module example.com/app\n\nrequire k8s.io/client-go v0.20.0\n\u0000\n');
    const run = await runActionWithEvent(node, workspace, { 'fail-on': 'unknown' }, push());
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::(warning|error) title=[^,]*,file=go\.mod,line=4,.*NUL/m);
    expect(run.outputs).toMatchObject({ result: 'fail', 'unknown-count': '1' });
  });
});
