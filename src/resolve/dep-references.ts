import path from 'node:path';
import type { ResolvedReference } from '../evaluate/evaluate-findings.js';
import type { DepLockedProject, DepRule, GopkgLockRecords, GopkgTomlRecords } from '../extract/pre-modules-records.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { RelatedLocation } from '../model/location.js';
import type { SiblingModule } from '../model/reference.js';
import { findTag } from './client-go-index.js';
import { isClientGoModule, isStagingModule } from '../model/client-go-module-paths.js';
import { DEP_DIALECT } from './dependency-version-range.js';
import type { ParsedFile } from './go-module-references.js';
import { judgeConstraint, relateManifestToLock } from './manifest-constraint.js';
import {
  judgeFirstKnown,
  pinnedReference,
  pinsOf,
  reportRepeated,
  uniqueSiblings,
  unknownReference,
  type JudgedPin,
  type PinnedReferenceParts,
} from './pre-modules-pins.js';
import { forkOf } from './upstream-source.js';

/** Gopkg.lock (what was built) and Gopkg.toml (what may be built), related when they sit side by side. */
export function collectDepReferences(
  locks: readonly ParsedFile<GopkgLockRecords>[],
  manifests: readonly ParsedFile<GopkgTomlRecords>[],
  diagnostics: Diagnostic[],
): ResolvedReference[] {
  const resolved: ResolvedReference[] = [];
  const lockByDirectory = new Map(locks.map((lock) => [path.posix.dirname(lock.path), lock]));
  const lockFindingByDirectory = new Map<string, ResolvedReference>();
  for (const lock of locks) {
    const finding = lockReference(lock, diagnostics);
    if (!finding) continue;
    resolved.push(finding);
    lockFindingByDirectory.set(path.posix.dirname(lock.path), finding);
  }
  for (const manifest of manifests) {
    const directory = path.posix.dirname(manifest.path);
    const lock = lockByDirectory.get(directory) ?? null;
    const lockFinding = lockFindingByDirectory.get(directory) ?? null;
    const judged = manifestReference(manifest, lock, lockFinding !== null, diagnostics);
    if (!judged) continue;
    if (lockFinding) relateManifestToLock(judged.finding, lockFinding, `Gopkg.toml [[${judged.rule.kind}]]`, 'Gopkg.lock: what is built');
    resolved.push(judged.finding);
  }
  return resolved;
}

function siblingsOfLock(records: GopkgLockRecords): SiblingModule[] {
  return uniqueSiblings(
    records.projects
      .filter((project) => isStagingModule(project.name.text) && !isClientGoModule(project.name.text))
      .flatMap((project) => {
        const version = project.version ?? project.revision ?? project.branch;
        return version ? [{ path: project.name.text, version: version.text }] : [];
      }),
  );
}

// ---------------------------------------------------------------------------
// Gopkg.lock

function lockReference(lock: ParsedFile<GopkgLockRecords>, diagnostics: Diagnostic[]): ResolvedReference | null {
  const projects = lock.records.projects.filter((project) => isClientGoModule(project.name.text));
  const [project] = projects;
  if (!project) return null;
  reportRepeated(projects, (entry) => entry.line, `[[projects]] ${project.name.text}`, lock.path, diagnostics);
  const fork = forkOf(project.source?.text);
  const parts: PinnedReferenceParts = {
    source: 'Gopkg.lock',
    file: lock.path,
    module: project.name.text,
    fork,
    declared: (project.version ?? project.branch)?.text ?? null,
    siblings: siblingsOfLock(lock.records),
    notes: [],
  };
  const judged = judgeFirstKnown(pinsOf([['revision', project.revision], ['version', project.version], ['branch', project.branch]]), fork);
  if (!judged) return unknownReference(parts, project.name.span, 'the Gopkg.lock entry gives no revision, version or branch');
  return pinnedReference({ ...parts, notes: [...parts.notes, ...revisionShape(project), ...revisionAgreement(project, judged)] }, judged);
}

/** Older dep versions sometimes wrote the tag into `revision`; it is judged as the tag it names. */
function revisionShape(project: DepLockedProject): string[] {
  const revision = project.revision?.text;
  return revision && !/^[0-9a-fA-F]{7,40}$/.test(revision) ? [`the revision field holds tag text (${revision}), not a commit`] : [];
}

/** A lock whose version tag names another commit than its revision was edited by hand; the revision was checked out. */
function revisionAgreement(project: DepLockedProject, judged: JudgedPin): string[] {
  if (judged.pin.field !== 'revision' || !project.version || !project.revision) return [];
  const tagged = findTag(project.version.text);
  const revision = project.revision.text.toLowerCase();
  if (!tagged || !/^[0-9a-f]{12,40}$/.test(revision) || revision.startsWith(tagged.commit.commit)) return [];
  return [`version ${project.version.text} is commit ${tagged.commit.commit}, but the revision is ${project.revision.text}: dep checks out the revision`];
}

// ---------------------------------------------------------------------------
// Gopkg.toml

function manifestReference(
  manifest: ParsedFile<GopkgTomlRecords>,
  lock: ParsedFile<GopkgLockRecords> | null,
  lockPinsClientGo: boolean,
  diagnostics: Diagnostic[],
): { finding: ResolvedReference; rule: DepRule } | null {
  const rules = manifest.records.rules.filter((rule) => isClientGoModule(rule.name.text));
  const overrides = rules.filter((rule) => rule.kind === 'override');
  const constraints = rules.filter((rule) => rule.kind === 'constraint');
  const rule = overrides[0] ?? constraints[0];
  if (!rule) return null;
  reportRepeated(overrides, (entry) => entry.line, `[[override]] ${rule.name.text}`, manifest.path, diagnostics);
  reportRepeated(constraints, (entry) => entry.line, `[[constraint]] ${rule.name.text}`, manifest.path, diagnostics);
  const fork = forkOf(rule.source?.text);
  const parts: PinnedReferenceParts = {
    source: 'Gopkg.toml',
    file: manifest.path,
    module: rule.name.text,
    fork,
    declared: null,
    siblings: lock ? siblingsOfLock(lock.records) : [],
    notes: manifestNotes(rule, constraints[0], lock, lockPinsClientGo),
  };
  const pins = pinsOf([['revision', rule.revision], ['version', rule.version], ['branch', rule.branch]]);
  const [pin] = pins;
  if (pins.length > 1 && pin) {
    diagnostics.push({ file: manifest.path, line: rule.line, message: `dep allows only one of version, branch and revision in a [[${rule.kind}]]; the ${pin.field} is judged` });
  }
  if (pin) {
    const finding = judgeConstraint(parts, pin, DEP_DIALECT);
    if (rule.kind === 'override' && constraints[0]) finding.reference.related.push(overriddenConstraint(manifest.path, constraints[0]));
    return { finding, rule };
  }
  if (fork) {
    return { finding: unknownReference(parts, rule.source?.span ?? rule.name.span, `client-go comes from the fork ${fork}, with no version, branch or revision`), rule };
  }
  // Without a version the constraint only says "any release"; the lock beside it says which one was built.
  if (lockPinsClientGo) return null;
  const reason = `the [[${rule.kind}]] gives no version, branch or revision, and no Gopkg.lock beside it pins one`;
  return { finding: unknownReference(parts, rule.name.span, reason), rule };
}

function manifestNotes(rule: DepRule, constraint: DepRule | undefined, lock: ParsedFile<GopkgLockRecords> | null, lockPinsClientGo: boolean): string[] {
  const notes: string[] = [];
  if (rule.kind === 'override' && constraint) notes.push(`[[override]] on line ${rule.line} wins over the [[constraint]] on line ${constraint.line}`);
  if (lock && !lockPinsClientGo) notes.push(`${lock.path} does not list client-go; run dep ensure`);
  return notes;
}

function overriddenConstraint(file: string, constraint: DepRule): RelatedLocation {
  return { file, line: constraint.line, label: '[[constraint]], overridden' };
}
