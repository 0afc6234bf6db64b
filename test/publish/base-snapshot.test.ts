import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { compareWithBaseline } from '../../src/evaluate/baseline.js';
import { scanSettingsFor } from '../helpers/scan-settings.js';
import { scanRepository } from '../../src/pipeline/scan-repository.js';
import { removeBaseSnapshot, snapshotBaseCommit, type BaseSnapshot, type BaseSnapshotRequest } from '../../src/publish/base-snapshot.js';
import { readBaseFile } from '../../src/publish/base-file.js';
import { createGitHubClient } from '../../src/publish/github-client.js';
import { useFakeGitHubApi } from '../helpers/fake-github-api.js';
import {
  commitAll,
  git,
  goMod,
  readText,
  regularFilesAt,
  repositoryWithBaseAndHead,
  shallowCloneOfHead,
  temporaryParent,
  writeFiles,
  type BaseAndHead,
} from './git-fixture.js';

const api = useFakeGitHubApi();
const parent = temporaryParent();
let origin: BaseAndHead;
let shallow: string;
const snapshots: BaseSnapshot[] = [];

beforeAll(() => {
  origin = repositoryWithBaseAndHead(parent.path);
  shallow = shallowCloneOfHead(origin, parent.path);
});

afterEach(async () => {
  for (const snapshot of snapshots.splice(0)) await removeBaseSnapshot(snapshot);
});

afterAll(() => parent.remove());


const TOOL = { name: 'client-go-token-gate', version: 'test' };

async function snapshot(request: Partial<BaseSnapshotRequest> & Pick<BaseSnapshotRequest, 'repositoryRoot'>): Promise<BaseSnapshot> {
  const result = await snapshotBaseCommit({ baseSha: origin.baseSha, scannedRoot: '', api: null, temporaryParent: parent.path, ...request });
  snapshots.push(result);
  return result;
}

function apiRepository() {
  return { client: createGitHubClient({ token: 'test-token', apiUrl: api.url }), owner: 'octo', repo: 'repo' };
}

/** Every file under a directory, as POSIX paths relative to it. */
function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

function snapshotDirectoriesLeft(): string[] {
  return readdirSync(parent.path).filter((name) => name.startsWith('client-go-token-gate-base-'));
}

describe('snapshotBaseCommit from the local repository', () => {
  it('writes the base commit candidate files, and only those, from git', async () => {
    const result = await snapshot({ repositoryRoot: origin.root });
    expect(result).toMatchObject({ ok: true, method: 'git', fileCount: 3, notes: [] });
    if (!result.ok) return;
    expect(filesUnder(result.directory)).toEqual(['go.mod', 'services/api/go.mod', 'vendor/modules.txt']);
    expect(readText(path.join(result.scanRoot, 'go.mod'))).toContain('k8s.io/client-go v0.28.4');
    // The work tree stays on the head: git plumbing read the base without checking it out.
    expect(readText(path.join(origin.root, 'go.mod'))).toContain('v10.0.0+incompatible');
  });

  it('scanned like the head, the snapshot shows the pull request made a passing client-go outdated', async () => {
    const result = await snapshot({ repositoryRoot: origin.root });
    if (!result.ok) throw new Error(result.reason);
    const head = await scanRepository(scanSettingsFor(origin.root), TOOL);
    const base = await scanRepository(scanSettingsFor(result.scanRoot), TOOL);
    const rootGoMod = (report: typeof head) => report.findings.find((finding) => finding.file === 'go.mod');
    expect(rootGoMod(base)).toMatchObject({ declared: 'v0.28.4', verdict: 'ok' });
    expect(rootGoMod(head)).toMatchObject({ declared: 'v10.0.0+incompatible', verdict: 'outdated' });
    const comparison = compareWithBaseline(head.findings, base.findings);
    expect(comparison.statuses[head.findings.indexOf(rootGoMod(head) ?? head.findings[0]!)]).toBe('worsened');
  });

  it('takes only the scanned directory, at its repository path', async () => {
    const result = await snapshot({ repositoryRoot: origin.root, scannedRoot: 'services/api' });
    expect(result).toMatchObject({ ok: true, method: 'git', fileCount: 1 });
    if (!result.ok) return;
    expect(result.scanRoot).toBe(path.join(result.directory, 'services', 'api'));
    expect(filesUnder(result.directory)).toEqual(['services/api/go.mod']);
  });

  it('adds the paths the caller says the scan reads', async () => {
    const result = await snapshot({ repositoryRoot: origin.root, alsoWanted: (file) => file === 'docs/notes.md' });
    expect(result.ok && filesUnder(result.directory)).toContain('docs/notes.md');
  });

  it('refuses a scanned directory outside the repository, a base that is no SHA, a parent directory that is missing', async () => {
    expect(await snapshot({ repositoryRoot: origin.root, scannedRoot: '../elsewhere' })).toMatchObject({ ok: false });
    expect(await snapshot({ repositoryRoot: origin.root, baseSha: '--output=/tmp/x' })).toEqual({ ok: false, reason: expect.stringContaining('not a commit SHA') as string });
    expect(await snapshot({ repositoryRoot: origin.root, temporaryParent: path.join(parent.path, 'absent') })).toMatchObject({ ok: false });
  });

  it('refuses rather than write a partial base when the limits are exceeded, and leaves nothing behind', async () => {
    const result = await snapshot({ repositoryRoot: origin.root, limits: { maxFiles: 2 } });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('more than the 2') as string });
    expect(snapshotDirectoriesLeft()).toEqual([]);
  });

  it('says why when the directory is no git repository and there is no API to ask', async () => {
    const plain = mkdtempSync(path.join(parent.path, 'plain-'));
    const result = await snapshot({ repositoryRoot: plain });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/not a git repository.*fetch-depth: 0/) as string });
  });
});

describe('snapshotBaseCommit with large files', () => {
  it('streams blobs larger than a pipe chunk through one git cat-file --batch, byte for byte', async () => {
    const root = mkdtempSync(path.join(parent.path, 'large-'));
    git(root, 'init', '--quiet');
    // Lines of go.sum-like text with every byte value in the middle, so no boundary or newline is special.
    const line = (index: number) => `k8s.io/client-go v0.${index}.0 h1:${Buffer.from([index % 256, 10, 0, 255]).toString('latin1')}=\n`;
    const goSum = Array.from({ length: 60_000 }, (_, index) => line(index)).join('');
    writeFiles(root, { 'go.mod': goMod('example.com/large', 'v0.28.4'), 'go.sum': goSum, 'tools/go.sum': goSum.slice(0, 70_001) });
    const baseSha = commitAll(root, 'large');
    const result = await snapshot({ repositoryRoot: root, baseSha });
    expect(result).toMatchObject({ ok: true, method: 'git', fileCount: 3 });
    if (!result.ok) return;
    expect(readText(path.join(result.directory, 'go.sum'))).toBe(goSum);
    expect(readText(path.join(result.directory, 'tools', 'go.sum'))).toBe(goSum.slice(0, 70_001));
  });
});

describe('snapshotBaseCommit with files over max-file-size', () => {
  // 17 MiB: over the default max-file-size, so the head's copy is an unknown finding the base must have too.
  const oversized = `module example.com/huge\n\nrequire k8s.io/client-go v0.28.4\n${'// padding\n'.repeat(1_700_000)}`;

  it('writes every wanted file whatever its size, byte for byte, the same blob at each of its paths', async () => {
    const root = mkdtempSync(path.join(parent.path, 'oversized-'));
    git(root, 'init', '--quiet');
    writeFiles(root, { 'go.mod': oversized, 'copy/go.mod': oversized, 'small/go.mod': goMod('example.com/small', 'v0.28.4') });
    const baseSha = commitAll(root, 'oversized');
    const result = await snapshot({ repositoryRoot: root, baseSha });
    expect(result).toMatchObject({ ok: true, method: 'git', fileCount: 3 });
    if (!result.ok) return;
    expect(readText(path.join(result.directory, 'go.mod'))).toBe(oversized);
    expect(readText(path.join(result.directory, 'copy', 'go.mod'))).toBe(oversized);
  });

  it('so an oversized go.mod the base already had is carried over, not new', async () => {
    const root = mkdtempSync(path.join(parent.path, 'oversized-head-'));
    git(root, 'init', '--quiet');
    writeFiles(root, { 'go.mod': oversized });
    const baseSha = commitAll(root, 'oversized');
    const result = await snapshot({ repositoryRoot: root, baseSha });
    if (!result.ok) throw new Error(result.reason);
    const settings = scanSettingsFor(root, { failOn: 'unknown' });
    const head = await scanRepository(settings, TOOL);
    const base = await scanRepository({ ...settings, root: result.scanRoot }, TOOL);
    expect(head.findings).toEqual([expect.objectContaining({ file: 'go.mod', verdict: 'unknown' })]);
    expect(compareWithBaseline(head.findings, base.findings).statuses).toEqual(['existing']);
  });
});

describe('snapshotBaseCommit from a shallow clone', () => {
  it('the shallow clone really lacks the base commit', () => {
    expect(() => git(shallow, 'cat-file', '-e', `${origin.baseSha}^{commit}`)).toThrow();
  });

  it('fetches the missing base with one git fetch from the checkout\'s remote, and asks the API nothing', async () => {
    const clone = shallowCloneOfHead(origin, parent.path);
    const result = await snapshot({ repositoryRoot: clone, api: apiRepository() });
    expect(result).toMatchObject({ ok: true, method: 'git-fetch', fileCount: 3 });
    if (!result.ok) return;
    expect(readText(path.join(result.scanRoot, 'go.mod'))).toContain('k8s.io/client-go v0.28.4');
    expect(api.requests).toEqual([]);
    // Objects only: no ref and no FETCH_HEAD were written, the work tree is the head's.
    expect(git(clone, 'for-each-ref', '--format=%(refname)').trim().split('\n').sort()).toEqual(['refs/heads/feature', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/feature']);
    expect(existsSync(path.join(clone, '.git', 'FETCH_HEAD'))).toBe(false);
  });

  it('when the fetch fails (no such remote), says so and goes on to the API', async () => {
    const clone = shallowCloneOfHead(origin, parent.path);
    git(clone, 'remote', 'rename', 'origin', 'upstream');
    api.addCommitTree(origin.baseSha, regularFilesAt(origin.root, origin.baseSha));
    const result = await snapshot({ repositoryRoot: clone, api: apiRepository() });
    expect(result).toMatchObject({ ok: true, method: 'api', notes: [expect.stringContaining('no remote "origin"')] });
  });

  it('without a git checkout at all, reads the base through the API', async () => {
    api.addCommitTree(origin.baseSha, regularFilesAt(origin.root, origin.baseSha));
    const result = await snapshot({ repositoryRoot: null, api: apiRepository() });
    expect(result).toMatchObject({ ok: true, method: 'api', notes: ['the scanned directory is not in a git checkout'] });
  });

  it('refuses an API read over its request budget, or over what the rate limit leaves, saying how to avoid it', async () => {
    api.addCommitTree(origin.baseSha, regularFilesAt(origin.root, origin.baseSha));
    const overBudget = await snapshot({ repositoryRoot: shallow, api: apiRepository(), fetchFromRemote: false, limits: { maxFiles: 2 } });
    expect(!overBudget.ok && overBudget.reason).toMatch(/would take 3 requests, one per file, more than the 2 allowed; give actions\/checkout fetch-depth: 0/);
    expect(api.requestsTo('GET', /\/git\/blobs\//)).toEqual([]);
    api.setRateLimitRemaining(52);
    const overRateLimit = await snapshot({ repositoryRoot: shallow, api: apiRepository(), fetchFromRemote: false });
    expect(!overRateLimit.ok && overRateLimit.reason).toMatch(/more than the 1 allowed \(the token has 51 requests left in this hour's rate limit, 50 of them kept for the check run and the comment\)/);
  });

  it('without the API, says the base is missing and how to fetch it', async () => {
    const result = await snapshot({ repositoryRoot: shallow, fetchFromRemote: false });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/not in the checkout.*fetch-depth: 0/);
  });

  it('fetches the tree and only the wanted blobs through the API', async () => {
    api.addCommitTree(origin.baseSha, regularFilesAt(origin.root, origin.baseSha));
    const result = await snapshot({ repositoryRoot: shallow, api: apiRepository(), fetchFromRemote: false, apiConcurrency: 2 });
    expect(result).toMatchObject({ ok: true, method: 'api', fileCount: 3, notes: [expect.stringContaining('not in the checkout')] });
    if (!result.ok) return;
    expect(filesUnder(result.directory)).toEqual(['go.mod', 'services/api/go.mod', 'vendor/modules.txt']);
    expect(readText(path.join(result.scanRoot, 'go.mod'))).toContain('k8s.io/client-go v0.28.4');
    expect(api.requestsTo('GET', `/repos/octo/repo/git/trees/${origin.baseSha}`).map((request) => request.query)).toEqual([{ recursive: '1' }]);
    expect(api.requestsTo('GET', /\/git\/blobs\//)).toHaveLength(3);
  });

  it('lists the base tree once per client: the config file read and the snapshot share the listing', async () => {
    api.addCommitTree(origin.baseSha, regularFilesAt(origin.root, origin.baseSha));
    const repository = apiRepository();
    const config = await readBaseFile({ sha: origin.baseSha, repositoryPath: 'go.mod', repositoryRoot: null, api: repository, maxBytes: 1024 * 1024 });
    expect(config).toMatchObject({ ok: true, text: expect.stringContaining('k8s.io/client-go') });
    const result = await snapshot({ repositoryRoot: shallow, api: { ...repository }, fetchFromRemote: false });
    expect(result).toMatchObject({ ok: true, method: 'api' });
    expect(api.requestsTo('GET', `/repos/octo/repo/git/trees/${origin.baseSha}`)).toHaveLength(1);
  });

  it('gives the git and the API reasons when the API cannot supply the base either', async () => {
    const result = await snapshot({ repositoryRoot: shallow, api: apiRepository(), fetchFromRemote: false });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/not in the checkout.*GitHub API.*HTTP 404/);
  });

  it('refuses a truncated tree listing', async () => {
    api.addCommitTree(origin.baseSha, { 'go.mod': 'module x\n' }, { truncated: true });
    const result = await snapshot({ repositoryRoot: shallow, api: apiRepository(), fetchFromRemote: false });
    expect(!result.ok && result.reason).toMatch(/truncated/);
  });

  it('a blob the API refuses fails the snapshot, and removes what was written', async () => {
    api.addCommitTree(origin.baseSha, regularFilesAt(origin.root, origin.baseSha));
    api.failRoute('GET', /\/git\/blobs\//, 403);
    const result = await snapshot({ repositoryRoot: shallow, api: apiRepository(), fetchFromRemote: false });
    expect(!result.ok && result.reason).toMatch(/git\/blobs\/[0-9a-f]+: HTTP 403/);
    expect(snapshotDirectoriesLeft()).toEqual([]);
  });

  it('never writes a path from the tree outside the snapshot', async () => {
    api.addCommitTree(origin.baseSha, { 'go.mod': 'module x\n', '../escaped/go.mod': 'module y\n', 'a/../../go.mod': 'module z\n' });
    const result = await snapshot({ repositoryRoot: shallow, api: apiRepository(), fetchFromRemote: false });
    expect(result).toMatchObject({ ok: true, fileCount: 1 });
    expect(existsSync(path.join(parent.path, 'escaped'))).toBe(false);
  });
});
