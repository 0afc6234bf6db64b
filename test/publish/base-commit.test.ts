import { findBaseCommit, planBaseCommit, type BaseEvent } from '../../src/publish/base-commit.js';
import { readCheckoutLayout } from '../../src/publish/checkout-layout.js';
import { checkoutLikeActions, pullRequestOrigin, type PullRequestOrigin } from '../helpers/checkout-shaped-clone.js';
import { goMod, temporaryParent } from './git-fixture.js';

const parent = temporaryParent();
afterAll(() => parent.remove());

let origin: PullRequestOrigin;
beforeAll(() => {
  origin = pullRequestOrigin(parent.path, {
    base: { 'README.md': 'service\n' },
    head: { 'README.md': 'service, documented\n' },
    // The default branch gains an outdated go.mod after the branch point.
    mainAfterBranchPoint: { 'go.mod': goMod('example.com/app', 'v10.0.0+incompatible') },
  });
});

const SHA = (character: string) => character.repeat(40);

function pullRequestEvent(overrides: Partial<BaseEvent> = {}): BaseEvent {
  // pull_request.base.sha is where main stood when the pull request last changed: the branch point here.
  return { kind: 'pull_request', sha: origin.mergeSha, headSha: origin.headSha, baseSha: origin.branchPointSha, ...overrides };
}

describe('planBaseCommit', () => {
  it("a merge-commit checkout is judged against the merge commit's first parent, not pull_request.base.sha", () => {
    const head = { sha: origin.mergeSha, parents: [origin.baseTipSha, origin.headSha] };
    expect(planBaseCommit(pullRequestEvent(), head, null)).toEqual({ kind: 'commit', sha: origin.baseTipSha, how: 'the first parent of the merge commit that is checked out' });
  });

  it('a head checkout (pull_request_target with ref: head.sha) is judged against the merge base of head and base', () => {
    const head = { sha: origin.headSha, parents: [origin.branchPointSha] };
    expect(planBaseCommit(pullRequestEvent({ kind: 'pull_request_target', sha: SHA('b') }), head, null)).toMatchObject({ kind: 'merge-base', head: origin.headSha, other: origin.branchPointSha });
  });

  it('base-ref overrides the event: the merge base of HEAD and the ref', () => {
    const head = { sha: origin.headSha, parents: [origin.branchPointSha] };
    expect(planBaseCommit({ kind: 'push', sha: origin.headSha, headSha: origin.headSha, baseSha: null }, head, 'main')).toMatchObject({ kind: 'merge-base-with-ref', ref: 'main' });
  });

  it('push: the commit the push replaced; merge_group: its base; schedule: none', () => {
    expect(planBaseCommit({ kind: 'push', sha: SHA('c'), headSha: SHA('c'), baseSha: SHA('d') }, null, null)).toMatchObject({ kind: 'commit', sha: SHA('d') });
    expect(planBaseCommit({ kind: 'merge_group', sha: SHA('c'), headSha: SHA('c'), baseSha: SHA('e') }, null, null)).toMatchObject({ kind: 'commit', sha: SHA('e') });
    expect(planBaseCommit({ kind: 'schedule', sha: SHA('c'), headSha: SHA('c'), baseSha: null }, null, null)).toMatchObject({ kind: 'none' });
  });

  it('without a git checkout, pull_request asks the API for the merge commit\'s parents, keeping the payload\'s base as the fallback', () => {
    expect(planBaseCommit(pullRequestEvent(), null, null)).toMatchObject({ kind: 'first-parent-via-api', merge: origin.mergeSha, pullRequestHead: origin.headSha, fallback: origin.branchPointSha });
  });
});

describe('the base of real actions/checkout layouts', () => {
  it.each([0, 1] as const)('merge commit checkout, fetch-depth %i, path: app: the first parent is read from the commit object itself', async (fetchDepth) => {
    const checkout = checkoutLikeActions(parent.path, origin, { ref: 'merge', fetchDepth, path: 'app' });
    const layout = await readCheckoutLayout(checkout.workspace, checkout.root);
    expect(layout).toMatchObject({ scannedRoot: '', scannedRootInWorkspace: 'app', head: { sha: origin.mergeSha, parents: [origin.baseTipSha, origin.headSha] } });
    const base = await findBaseCommit(planBaseCommit(pullRequestEvent(), layout.head, null), { repositoryRoot: layout.repositoryRoot, api: null });
    expect(base).toMatchObject({ ok: true, sha: origin.baseTipSha });
  });

  it('head checkout with full history: the merge base comes from git', async () => {
    const checkout = checkoutLikeActions(parent.path, origin, { ref: 'head', fetchDepth: 0 });
    const layout = await readCheckoutLayout(checkout.workspace, checkout.root);
    const base = await findBaseCommit(planBaseCommit(pullRequestEvent({ kind: 'pull_request_target', baseSha: origin.baseTipSha }), layout.head, null), { repositoryRoot: layout.repositoryRoot, api: null });
    expect(base).toMatchObject({ ok: true, sha: origin.branchPointSha, notes: [] });
  });

  it('head checkout, fetch-depth 1, no API: says the history does not reach the merge base, and how to fix it', async () => {
    const checkout = checkoutLikeActions(parent.path, origin, { ref: 'head', fetchDepth: 1 });
    const layout = await readCheckoutLayout(checkout.workspace, checkout.root);
    const base = await findBaseCommit(planBaseCommit(pullRequestEvent({ kind: 'pull_request_target' }), layout.head, null), { repositoryRoot: layout.repositoryRoot, api: null });
    expect(base).toEqual({ ok: false, reason: expect.stringContaining('fetch-depth: 0') as string });
  });

  it('base-ref resolves a remote branch of a full clone', async () => {
    const checkout = checkoutLikeActions(parent.path, origin, { ref: 'head', fetchDepth: 0 });
    const layout = await readCheckoutLayout(checkout.workspace, checkout.root);
    const base = await findBaseCommit(planBaseCommit(pullRequestEvent(), layout.head, 'origin/main'), { repositoryRoot: layout.repositoryRoot, api: null });
    expect(base).toMatchObject({ ok: true, sha: origin.branchPointSha });
  });

  it('a scanned directory below the checkout is named from the repository root and from the workspace', async () => {
    const checkout = checkoutLikeActions(parent.path, origin, { ref: 'merge', fetchDepth: 1, path: 'app' });
    const layout = await readCheckoutLayout(checkout.workspace, `${checkout.root}/.git/..`);
    expect(layout).toMatchObject({ scannedRoot: '', scannedRootInWorkspace: 'app' });
  });

  it('a workspace that is no git checkout is taken as the repository root, with a note', async () => {
    const checkout = checkoutLikeActions(parent.path, origin, { ref: 'merge', fetchDepth: 1, path: 'app' });
    const layout = await readCheckoutLayout(checkout.workspace, checkout.workspace);
    expect(layout).toMatchObject({ repositoryRoot: null, scannedRoot: '', scannedRootInWorkspace: '', head: null, notes: [expect.stringContaining('not in a git checkout')] });
  });
});
