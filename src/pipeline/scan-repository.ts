import path from 'node:path';
import { realpathSync } from 'node:fs';
import { discoverFiles } from '../discover/walk-tree.js';
import { assembleReport, evaluateReference, type ResolvedReference } from '../evaluate/evaluate-findings.js';
import { resolveFloor } from '../evaluate/floor.js';
import { releasesThatPass } from '../evaluate/fix.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ScanReport } from '../model/report.js';
import type { ScanSettings } from '../model/settings.js';
import { listPublishedReleases } from '../resolve/kubernetes-version.js';
import { createArtifactSources, resolveArtifacts } from './artifact-sources.js';
import type { DockerfileImageUse, Ecosystem } from './ecosystem.js';
import { createEcosystems } from './ecosystems.js';
import type { UnreadableSource } from '../model/unreadable-source.js';
import { unreadableSourceFinding } from '../evaluate/unreadable-source-finding.js';
import { readCandidate } from './read-candidate.js';

export interface ToolIdentity {
  name: string;
  version: string;
}

/**
 * discover → extract → resolve → evaluate; built artifacts (Go binaries) after the text files. Throws only for what makes the whole scan meaningless
 * (a root that is not a directory, a bad setting); everything inside the tree becomes a diagnostic.
 */
export async function scanRepository(settings: ScanSettings, tool: ToolIdentity): Promise<ScanReport> {
  const floor = resolveFloor('minimum-version', settings.minimumVersion);
  const discovery = await discoverFiles({ root: settings.root, include: settings.include, exclude: settings.exclude });
  const diagnostics: Diagnostic[] = [...discovery.diagnostics];
  const unreadableSources: UnreadableSource[] = [];
  const dockerfileImages: DockerfileImageUse[] = [];
  // Discovery has checked that the root is a directory; every read is held inside its real path.
  const readLimits = { rootReal: realpathSync.native(settings.root), maxBytes: settings.maxFileBytes };
  const moduleDirectories = new Set(discovery.files.filter((file) => file.kind === 'go.mod').map((file) => path.posix.dirname(file.path)));
  const context = { settings, sourceDirectories: discovery.clientGoSourceDirectories, moduleDirectories, diagnostics, unreadableSources, readLimits, dockerfileImages };
  const ecosystems = createEcosystems(context);
  const ecosystemOf = new Map(ecosystems.flatMap((ecosystem) => ecosystem.kinds.map((kind) => [kind, ecosystem] as const)));
  let filesRead = 0;
  // One file at a time, text dropped once parsed: a scan holds records, never every file at once.
  for (const candidate of discovery.files) {
    const ecosystem = ecosystemOf.get(candidate.kind);
    if (!ecosystem) continue;
    const text = readCandidate(candidate, ecosystem.mentionsClient, context);
    if (text === null) continue;
    ecosystem.add(candidate, text);
    filesRead += 1;
  }
  const fromText = resolveAll(ecosystems);
  const artifacts = await resolveArtifacts(createArtifactSources(settings), { settings, diagnostics, earlier: fromText, dockerfileImages });
  const references = [...fromText, ...artifacts.resolved];
  // Fix targets come from the commit index; a scan with no reference has no fix to word and skips parsing it.
  const passing = references.length === 0 ? [] : releasesThatPass(listPublishedReleases(), settings.policy, floor);
  const findings = [...references.map((item) => evaluateReference(item, { settings, floor, passing, tool })), ...unreadableSources.map(unreadableSourceFinding)];
  const filesScanned = filesRead + discovery.clientGoSourceDirectories.length + artifacts.artifactsRead;
  const report = assembleReport(findings, diagnostics, filesScanned, settings, tool);
  return discovery.exclusions.length > 0 ? { ...report, exclusions: discovery.exclusions } : report;
}

function resolveAll(ecosystems: readonly Ecosystem[]): ResolvedReference[] {
  const resolved: ResolvedReference[] = [];
  // A loop, not push(...): a spread of a few hundred thousand references overflows the stack.
  for (const ecosystem of ecosystems) for (const reference of ecosystem.resolve(resolved)) resolved.push(reference);
  return resolved;
}
