import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { commitAll, git, writeFiles } from '../publish/git-fixture.js';

/**
 * Repositories laid out the way GitHub and actions/checkout lay them out for a pull request: an origin
 * with main, the pull request's branch, and the test merge commit GitHub makes (refs/pull/N/merge, first
 * parent the base branch's tip, second the pull request head); and clones made with the commands
 * actions/checkout runs (fetch-depth 1 or 0, into the workspace or a `path:` below it).
 */

export interface PullRequestOrigin {
  /** The origin repository (file:// URL base). */
  root: string;
  number: number;
  /** Where the branch left main. */
  branchPointSha: string;
  /** main's tip when GitHub made the merge commit: the branch point, or later when main moved on. */
  baseTipSha: string;
  headSha: string;
  mergeSha: string;
}

export interface PullRequestFiles {
  /** main at the branch point. */
  base: Record<string, string>;
  /** What the pull request's branch writes over it. */
  head: Record<string, string>;
  /** What main gained after the branch point, before the merge commit was made. */
  mainAfterBranchPoint?: Record<string, string>;
  number?: number;
}

export function pullRequestOrigin(parent: string, files: PullRequestFiles): PullRequestOrigin {
  const root = mkdtempSync(path.join(parent, 'origin-'));
  git(root, 'init', '--quiet', '--initial-branch=main');
  writeFiles(root, files.base);
  const branchPointSha = commitAll(root, 'base');
  git(root, 'checkout', '--quiet', '-b', 'feature');
  writeFiles(root, files.head);
  const headSha = commitAll(root, 'pull request');
  git(root, 'checkout', '--quiet', 'main');
  let baseTipSha = branchPointSha;
  if (files.mainAfterBranchPoint) {
    writeFiles(root, files.mainAfterBranchPoint);
    baseTipSha = commitAll(root, 'main moves on');
  }
  git(root, 'checkout', '--quiet', '--detach', baseTipSha);
  git(root, 'merge', '--quiet', '--no-ff', '--no-edit', '-m', `Merge ${headSha} into ${baseTipSha}`, headSha);
  const mergeSha = git(root, 'rev-parse', 'HEAD');
  const number = files.number ?? 7;
  git(root, 'update-ref', `refs/pull/${number}/head`, headSha);
  git(root, 'update-ref', `refs/pull/${number}/merge`, mergeSha);
  git(root, 'checkout', '--quiet', 'main');
  return { root, number, branchPointSha, baseTipSha, headSha, mergeSha };
}

export interface CheckoutOptions {
  /** merge: the default on pull_request (refs/pull/N/merge); head: `ref: ${{ github.event.pull_request.head.sha }}`. */
  ref: 'merge' | 'head';
  /** actions/checkout's fetch-depth: 1 (the default) or 0 (all history). */
  fetchDepth: 0 | 1;
  /** actions/checkout's path: below the workspace; '' for the workspace itself. */
  path?: string;
}

export interface Checkout {
  /** GITHUB_WORKSPACE. */
  workspace: string;
  /** Where the repository was checked out (workspace/path). */
  root: string;
}

/** The commands actions/checkout runs (git init, remote, fetch, checkout), with its fetch refspecs. */
export function checkoutLikeActions(parent: string, origin: PullRequestOrigin, options: CheckoutOptions): Checkout {
  const workspace = mkdtempSync(path.join(parent, 'workspace-'));
  const root = options.path ? path.join(workspace, ...options.path.split('/')) : workspace;
  mkdirSync(root, { recursive: true });
  git(root, 'init', '--quiet');
  git(root, 'remote', 'add', 'origin', `file://${origin.root}`);
  const sha = options.ref === 'merge' ? origin.mergeSha : origin.headSha;
  const target = options.ref === 'merge' ? `refs/remotes/pull/${origin.number}/merge` : 'refs/remotes/checkout/head';
  if (options.fetchDepth === 0) {
    git(root, 'fetch', '--quiet', '--no-tags', '--prune', 'origin', '+refs/heads/*:refs/remotes/origin/*', '+refs/tags/*:refs/tags/*');
    git(root, 'fetch', '--quiet', '--no-tags', 'origin', `+${sha}:${target}`);
  } else {
    git(root, 'fetch', '--quiet', '--no-tags', '--prune', '--no-recurse-submodules', '--depth=1', 'origin', `+${sha}:${target}`);
  }
  git(root, 'checkout', '--quiet', '--force', '--detach', target);
  return { workspace, root };
}
