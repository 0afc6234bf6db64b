import path from 'node:path';
import type { ResolvedReference } from '../evaluate/evaluate-findings.js';
import type { GlideDependency, GlideRecords } from '../extract/pre-modules-records.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SiblingModule } from '../model/reference.js';
import type { SourceKind } from '../model/source-kind.js';
import { isClientGoModule, isStagingModule } from '../model/client-go-module-paths.js';
import { GLIDE_DIALECT } from './dependency-version-range.js';
import type { ParsedFile } from './go-module-references.js';
import { judgeConstraint, relateManifestToLock } from './manifest-constraint.js';
import { pinnedReference, pinsOf, resolvePin, reportRepeated, uniqueSiblings, unknownReference, type PinnedReferenceParts } from './pre-modules-pins.js';
import { clientGoRootOf, forkOf, k8sRepositoryOf } from './upstream-source.js';

const TEST_SECTIONS = new Set(['testImport', 'testImports']);

/** glide.lock (the commit that was built) and glide.yaml (what may be built), related when side by side. */
export function collectGlideReferences(
  locks: readonly ParsedFile<GlideRecords>[],
  manifests: readonly ParsedFile<GlideRecords>[],
  diagnostics: Diagnostic[],
): ResolvedReference[] {
  const resolved: ResolvedReference[] = [];
  const lockFindingByDirectory = new Map<string, ResolvedReference>();
  const lockByDirectory = new Map(locks.map((lock) => [path.posix.dirname(lock.path), lock]));
  for (const lock of locks) {
    const finding = glideReference(lock, 'glide.lock', diagnostics, false);
    if (!finding) continue;
    resolved.push(finding);
    lockFindingByDirectory.set(path.posix.dirname(lock.path), finding);
  }
  for (const manifest of manifests) {
    const directory = path.posix.dirname(manifest.path);
    const lockFinding = lockFindingByDirectory.get(directory) ?? null;
    const finding = glideReference(manifest, 'glide.yaml', diagnostics, lockFinding !== null, lockByDirectory.get(directory) ?? null);
    if (!finding) continue;
    if (lockFinding) relateManifestToLock(finding, lockFinding, 'glide.yaml import', 'glide.lock: what is built');
    resolved.push(finding);
  }
  return resolved;
}

function glideReference(
  file: ParsedFile<GlideRecords>,
  source: Extract<SourceKind, 'glide.yaml' | 'glide.lock'>,
  diagnostics: Diagnostic[],
  lockPinsClientGo: boolean,
  lockBeside: ParsedFile<GlideRecords> | null = null,
): ResolvedReference | null {
  const entries = clientGoEntries(file.records.dependencies);
  const [entry] = entries;
  if (!entry) return null;
  reportRepeated(entries, (item) => item.line, `${root(entry)} (${entry.section})`, file.path, diagnostics);
  const fork = forkOf(entry.repo?.text);
  const parts: PinnedReferenceParts = {
    source,
    file: file.path,
    module: root(entry),
    fork,
    declared: null,
    siblings: siblingsOf(lockBeside?.records ?? file.records),
    notes: missingFromLock(source, lockBeside, lockPinsClientGo),
    ...(TEST_SECTIONS.has(entry.section) ? { warningOnly: `only tests import it (${entry.section}); the program does not build it` } : {}),
  };
  const [pin] = pinsOf([['version', entry.version]]);
  if (pin && source === 'glide.yaml') return judgeConstraint(parts, pin, GLIDE_DIALECT);
  if (pin) return pinnedReference(parts, { pin, resolution: resolvePin(pin.value.text, fork), notes: [] });
  if (fork) return unknownReference(parts, entry.repo?.span ?? entry.name.span, `client-go comes from the fork ${fork}, with no version`);
  if (source === 'glide.yaml' && lockPinsClientGo) return null;
  const reason = source === 'glide.lock' ? 'the glide.lock entry has no version (commit)' : 'the glide.yaml entry gives no version, and no glide.lock beside it pins one';
  return unknownReference(parts, entry.name.span, reason);
}

/** What the program builds comes before what only its tests build; within each, file order. */
function clientGoEntries(dependencies: readonly GlideDependency[]): GlideDependency[] {
  const clientGo = dependencies.filter((dependency) => clientGoRootOf(dependency.name.text) !== null);
  return [...clientGo.filter((item) => !TEST_SECTIONS.has(item.section)), ...clientGo.filter((item) => TEST_SECTIONS.has(item.section))];
}

/** glide names the repository; a package path written in its place still means that repository. */
function root(entry: GlideDependency): string {
  return clientGoRootOf(entry.name.text) ?? entry.name.text;
}

function missingFromLock(source: SourceKind, lock: ParsedFile<GlideRecords> | null, lockPinsClientGo: boolean): string[] {
  return source === 'glide.yaml' && lock && !lockPinsClientGo ? [`${lock.path} does not list client-go; run glide update`] : [];
}

function siblingsOf(records: GlideRecords): SiblingModule[] {
  return uniqueSiblings(
    records.dependencies.flatMap((dependency) => {
      const repository = k8sRepositoryOf(dependency.name.text);
      if (!repository || !isStagingModule(repository) || isClientGoModule(repository) || !dependency.version) return [];
      return [{ path: repository, version: dependency.version.text }];
    }),
  );
}
