import path from 'node:path';
import type { ClientGoSourceDirectory } from '../discover/candidate-file.js';
import { discoverFiles } from '../discover/walk-tree.js';
import { assembleReport, evaluateReference, type ResolvedReference } from '../evaluate/evaluate-findings.js';
import { resolveFloor } from '../evaluate/floor.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { ClientGoReference } from '../model/reference.js';
import type { ClientGoRelease } from '../model/release.js';
import type { ScanReport } from '../model/report.js';
import type { ScanSettings } from '../model/settings.js';
import { releaseFromSource, sourceDirectoryReference, type VendoredVersion } from '../resolve/client-go-source-release.js';
import { resolveClientGoVersion } from '../resolve/client-go-version.js';
import { collectGoModuleReferences, type GoModuleInputs } from '../resolve/go-module-references.js';
import { listPublishedReleases } from '../resolve/kubernetes-version.js';
import { resolveReferenceRelease } from '../resolve/resolve-reference-release.js';
import { fallBackToVendoredSource } from '../resolve/vendored-source-fallback.js';
import { isClientGoModule } from '../resolve/client-go-module-paths.js';
import { loadClientGoSource } from './load-client-go-source.js';
import { emptyInputs, readAndParseCandidate } from './parse-candidates.js';

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
  const inputs = emptyInputs();
  const filesRead = discovery.files.filter((candidate) => readAndParseCandidate(candidate, inputs, diagnostics)).length;
  const vendored = judgeVendoredSource(settings.root, discovery.clientGoSourceDirectories, inputs, diagnostics);
  const vendoredByModuleDirectory = new Map(vendored.map((item) => [item.moduleDirectory, { directory: item.directory, release: item.release }]));
  const references = [...judgeLocalDirectories(settings.root, collectGoModuleReferences(inputs)), ...vendored.map((item) => item.reference)];
  const resolved: ResolvedReference[] = references.map((reference) => ({
    reference,
    resolution: fallBackToVendoredSource(reference, resolveReferenceRelease(reference), vendoredByModuleDirectory),
  }));
  const context = { settings, floor, published: listPublishedReleases() };
  const findings = resolved.map((item) => evaluateReference(item, context));
  const filesScanned = filesRead + discovery.clientGoSourceDirectories.length;
  return assembleReport(findings, diagnostics, filesScanned, settings, tool);
}

/** A replace to a directory becomes a real verdict when the client-go source is in the tree. */
function judgeLocalDirectories(root: string, references: ClientGoReference[]): ClientGoReference[] {
  return references.map((reference) => {
    if (reference.localDirectory === undefined || reference.judgedFromSource) return reference;
    const source = loadClientGoSource(root, reference.localDirectory);
    if (!source.found) return { ...reference, notes: [...reference.notes, source.reason] };
    const release = releaseFromSource(source.verdict, null);
    return { ...reference, judgedFromSource: { ...release, note: `judged from the source in ${reference.localDirectory}: ${source.verdict.explanation}` } };
  });
}

interface VendoredSource {
  /** The module that vendors it: the parent of its vendor/ directory. */
  moduleDirectory: string;
  directory: string;
  release: ClientGoRelease;
  reference: ClientGoReference;
}

function judgeVendoredSource(
  root: string,
  directories: ClientGoSourceDirectory[],
  inputs: GoModuleInputs,
  diagnostics: Diagnostic[],
): VendoredSource[] {
  const found: VendoredSource[] = [];
  for (const directory of directories) {
    const source = loadClientGoSource(root, directory.path);
    if (!source.found) {
      diagnostics.push({ file: directory.path, line: null, message: source.reason });
      continue;
    }
    const vendored = vendoredVersionFor(directory.path, inputs);
    const versioned = vendored?.version ? resolveClientGoVersion(vendored.version) : null;
    const release = releaseFromSource(source.verdict, versioned);
    found.push({
      moduleDirectory: vendorRootOf(directory.path),
      directory: directory.path,
      release,
      reference: sourceDirectoryReference(directory.path, source.verdict, release, vendored),
    });
  }
  return found;
}

/** <module>/vendor/k8s.io/client-go → <module> */
function vendorRootOf(clientGoDirectory: string): string {
  return path.posix.dirname(path.posix.dirname(path.posix.dirname(clientGoDirectory)));
}

/** vendor/k8s.io/client-go sits beside the vendor/modules.txt that names its version. */
function vendoredVersionFor(directory: string, inputs: GoModuleInputs): VendoredVersion | null {
  const modulesTxtPath = path.posix.join(vendorRootOf(directory), 'vendor', 'modules.txt');
  const modulesTxt = inputs.vendorModules.find((vendor) => vendor.path === modulesTxtPath);
  const module = modulesTxt?.records.modules.find((mod) => isClientGoModule(mod.path) && mod.version !== null);
  if (!modulesTxt || !module) return null;
  const version = module.replacement && !module.replacementIsDirectory ? module.replacement.version : module.version;
  return { file: modulesTxt.path, line: module.line, version };
}
