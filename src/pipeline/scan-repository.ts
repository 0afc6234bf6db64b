import path from 'node:path';
import type { ClientGoSourceDirectory } from '../discover/candidate-file.js';
import { discoverFiles } from '../discover/walk-tree.js';
import { assembleReport, evaluateReference, type ResolvedReference } from '../evaluate/evaluate-findings.js';
import { resolveFloor } from '../evaluate/floor.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ClientGoReference } from '../model/reference.js';
import type { ScanReport } from '../model/report.js';
import type { ScanSettings } from '../model/settings.js';
import { releaseFromSource, sourceDirectoryReference, type VendoredVersion } from '../resolve/client-go-source-release.js';
import { resolveClientGoVersion } from '../resolve/client-go-version.js';
import { collectGoModuleReferences, type GoModuleInputs } from '../resolve/go-module-references.js';
import { listPublishedReleases } from '../resolve/kubernetes-version.js';
import { resolveReferenceRelease } from '../resolve/resolve-reference-release.js';
import { isClientGoModule } from '../resolve/client-go-module-paths.js';
import { loadClientGoSource } from './load-client-go-source.js';
import { mapWithConcurrency } from './map-with-concurrency.js';
import { parseCandidates } from './parse-candidates.js';
import { readTextFile } from './read-text-file.js';

const READ_CONCURRENCY = 32;

export interface ToolIdentity {
  name: string;
  version: string;
}

/**
 * discover → extract → resolve → evaluate. Throws only for what makes the whole scan meaningless
 * (a root that is not a directory, a bad setting); everything inside the tree becomes a diagnostic.
 */
export async function scanRepository(settings: ScanSettings, tool: ToolIdentity): Promise<ScanReport> {
  const floor = resolveFloor('minimum-version', settings.minimumVersion);
  const discovery = await discoverFiles({ root: settings.root, include: settings.include, exclude: settings.exclude, maxFileBytes: settings.maxFileBytes });
  const diagnostics: Diagnostic[] = [...discovery.diagnostics];
  const texts = await mapWithConcurrency(discovery.files, READ_CONCURRENCY, async (candidate) => ({ candidate, outcome: await readTextFile(candidate.absolutePath) }));
  const readable = texts.flatMap(({ candidate, outcome }) => {
    if (outcome.ok) return [{ candidate, text: outcome.text }];
    diagnostics.push({ file: candidate.path, line: null, message: `${candidate.kind} ${outcome.reason}` });
    return [];
  });
  const { inputs, skipped } = parseCandidates(readable);
  for (const { file, lines } of skipped) {
    for (const line of lines) diagnostics.push({ file, line: line.line, message: line.reason });
  }
  const references = [
    ...(await judgeLocalDirectories(settings.root, collectGoModuleReferences(inputs))),
    ...(await vendoredSourceReferences(settings.root, discovery.clientGoSourceDirectories, inputs, diagnostics)),
  ];
  const resolved: ResolvedReference[] = references.map((reference) => ({ reference, resolution: resolveReferenceRelease(reference) }));
  const context = { settings, floor, published: listPublishedReleases() };
  const findings = resolved.map((item) => evaluateReference(item, context));
  const filesScanned = readable.length + discovery.clientGoSourceDirectories.length;
  return assembleReport(findings, diagnostics, filesScanned, settings, tool);
}

/** A replace to a directory becomes a real verdict when the client-go source is in the tree. */
async function judgeLocalDirectories(root: string, references: ClientGoReference[]): Promise<ClientGoReference[]> {
  return Promise.all(
    references.map(async (reference) => {
      if (reference.localDirectory === undefined || reference.judgedFromSource) return reference;
      const source = await loadClientGoSource(root, reference.localDirectory);
      if (!source.found) return { ...reference, notes: [...reference.notes, source.reason] };
      return { ...reference, judgedFromSource: releaseFromSource(source.verdict, null), notes: [...reference.notes, `judged from the source in ${reference.localDirectory}: ${source.verdict.explanation}`] };
    }),
  );
}

async function vendoredSourceReferences(
  root: string,
  directories: ClientGoSourceDirectory[],
  inputs: GoModuleInputs,
  diagnostics: Diagnostic[],
): Promise<ClientGoReference[]> {
  const found: ClientGoReference[] = [];
  for (const directory of directories) {
    const source = await loadClientGoSource(root, directory.path);
    if (!source.found) {
      diagnostics.push({ file: directory.path, line: null, message: source.reason });
      continue;
    }
    const vendored = vendoredVersionFor(directory.path, inputs);
    const versioned = vendored?.version ? resolveClientGoVersion(vendored.version) : null;
    found.push(sourceDirectoryReference(directory.path, source.verdict, releaseFromSource(source.verdict, versioned), vendored));
  }
  return found;
}

/** vendor/k8s.io/client-go sits beside the vendor/modules.txt that names its version. */
function vendoredVersionFor(directory: string, inputs: GoModuleInputs): VendoredVersion | null {
  const vendorRoot = path.posix.dirname(path.posix.dirname(directory));
  const modulesTxt = inputs.vendorModules.find((vendor) => path.posix.dirname(vendor.path) === vendorRoot);
  const module = modulesTxt?.records.modules.find((mod) => isClientGoModule(mod.path) && mod.version !== null);
  if (!modulesTxt || !module) return null;
  const version = module.replacement && !module.replacementIsDirectory ? module.replacement.version : module.version;
  return { file: modulesTxt.path, line: module.line, version };
}
