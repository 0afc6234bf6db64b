import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { gitTopLevel, readCommitParents, type CommitParents } from './git-commits.js';

/**
 * Where the scanned directory sits: in the workspace (workflow commands name files from there) and in its
 * repository (the Checks API, SARIF, links and the base commit name files from the repository root). The
 * two differ when actions/checkout writes into a subdirectory (`path: app`).
 */
export interface CheckoutLayout {
  /** The git top level of the scanned directory; null when it is in no git work tree. */
  repositoryRoot: string | null;
  /** The scanned directory relative to the repository root, POSIX ('' for the root itself). */
  scannedRoot: string;
  /** The scanned directory relative to the workspace, POSIX ('' for the workspace itself). */
  scannedRootInWorkspace: string;
  /** The checked-out commit and its parents; null without git. */
  head: CommitParents | null;
  /** Why the repository could not be told, for the summary. */
  notes: string[];
}

/**
 * Asks git in the scanned directory itself, not in the workspace: the workspace need not be a
 * repository at all. Without git (a checkout downloaded as an archive) the workspace is taken as the
 * repository root, as GitHub does for workflow commands.
 */
export async function readCheckoutLayout(workspace: string, scanRoot: string): Promise<CheckoutLayout> {
  const scannedRootInWorkspace = posixRelative(workspace, scanRoot);
  const topLevel = await gitTopLevel(scanRoot);
  if (!topLevel.ok) {
    return { repositoryRoot: null, scannedRoot: scannedRootInWorkspace, scannedRootInWorkspace, head: null, notes: [`the scanned directory is not in a git checkout (${topLevel.reason}), so the workspace is taken as the repository root`] };
  }
  const realScanRoot = await realpath(scanRoot).catch(() => scanRoot);
  const scannedRoot = posixRelative(topLevel.value, realScanRoot);
  if (scannedRoot.startsWith('..') || path.isAbsolute(scannedRoot)) {
    return { repositoryRoot: null, scannedRoot: scannedRootInWorkspace, scannedRootInWorkspace, head: null, notes: [`git names ${topLevel.value} as the top level, which does not hold the scanned directory`] };
  }
  const head = await readCommitParents(topLevel.value, 'HEAD');
  return {
    repositoryRoot: topLevel.value,
    scannedRoot,
    scannedRootInWorkspace,
    head: head.ok ? head.value : null,
    notes: head.ok ? [] : [`the checkout has no readable HEAD commit (${head.reason})`],
  };
}

function posixRelative(from: string, to: string): string {
  const relative = path.relative(path.resolve(from), path.resolve(to));
  return relative.split(path.sep).join('/');
}
