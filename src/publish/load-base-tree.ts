import type { BaseTree } from '../pipeline/judge-change.js';
import type { ApiRepository } from './api-tree-reader.js';
import { findBaseCommit, type BaseCommit, type BasePlan } from './base-commit.js';
import { removeBaseSnapshot, snapshotBaseCommit, type SnapshotMethod } from './base-snapshot.js';
import type { CheckoutLayout } from './checkout-layout.js';

export interface BaseTreeRequest {
  plan: BasePlan;
  layout: CheckoutLayout;
  /** null: git only (the CLI, or no token). */
  api: ApiRepository | null;
  /** Where the snapshot directory is made (RUNNER_TEMP). */
  temporaryParent: string;
  /** Paths the scan reads beyond what discovery knows by name (dockerfiles globs). */
  alsoWanted?: (pathInScanRoot: string) => boolean;
  /** The config file's read fetched the base commit already: the snapshot then finds it in the history, but it came by fetch. */
  fetchedEarlier?: boolean;
  /** The base commit the config file was read from: found once, so no second merge-base request. */
  found?: BaseCommit;
}

const READ_HOW: Record<SnapshotMethod, string> = {
  git: 'from the local git history',
  'git-fetch': "with one git fetch from the checkout's remote (the checkout is shallow)",
  api: 'through the GitHub API (the checkout is shallow)',
};

/** The base commit chosen from the checkout and the event, written out for the scan: the one way both shells read it. */
export async function loadBaseTree(request: BaseTreeRequest): Promise<BaseTree> {
  const { layout, api } = request;
  const base = request.found ?? (await findBaseCommit(request.plan, { repositoryRoot: layout.repositoryRoot, api }));
  if (!base.ok) return base;
  const snapshot = await snapshotBaseCommit({
    baseSha: base.sha,
    repositoryRoot: layout.repositoryRoot,
    scannedRoot: layout.scannedRoot,
    api,
    temporaryParent: request.temporaryParent,
    ...(request.alsoWanted ? { alsoWanted: request.alsoWanted } : {}),
  });
  if (!snapshot.ok) return snapshot;
  return {
    ok: true,
    scanRoot: snapshot.scanRoot,
    description: `The base commit ${base.sha.slice(0, 12)}, ${base.how}, was read ${READ_HOW[snapshot.method === 'git' && request.fetchedEarlier ? 'git-fetch' : snapshot.method]}.`,
    notes: [...layout.notes, ...base.notes, ...snapshot.notes.map((note) => `Git could not supply it: ${note}`)].map(sentence),
    dispose: () => removeBaseSnapshot(snapshot),
  };
}

function sentence(text: string): string {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
