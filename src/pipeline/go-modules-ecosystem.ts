import path from 'node:path';
import type { CandidateFile } from '../discover/candidate-file.js';
import type { ResolvedReference } from '../evaluate/evaluate-findings.js';
import { extractGoMod } from '../extract/go-mod.js';
import { extractGoSum } from '../extract/go-sum.js';
import { extractGoWork } from '../extract/go-work.js';
import { extractVendorModulesTxt } from '../extract/vendor-modules-txt.js';
import type { SkippedLine } from '../model/diagnostic.js';
import type { ClientGoReference } from '../model/reference.js';
import type { ClientGoRelease } from '../model/release.js';
import { isClientGoModule } from '../model/client-go-module-paths.js';
import { releaseFromSource, sourceDirectoryReference, type VendoredVersion } from '../resolve/client-go-source-release.js';
import { resolveClientGoVersion } from '../resolve/client-go-version.js';
import { useDirectoryOf } from '../resolve/go-work-use-directory.js';
import { collectGoModuleReferences, type GoModuleInputs } from '../resolve/go-module-references.js';
import { resolveReferenceRelease } from '../resolve/resolve-reference-release.js';
import { lineSpan } from '../resolve/source-span.js';
import { refusedSourceReference } from '../resolve/refused-source-reference.js';
import { fallBackToVendoredSource } from '../resolve/vendored-source-fallback.js';
import type { RefusedSource } from '../model/refused-source.js';
import { kubernetesModuleFilter, stoppedAtClientGoLimit } from './client-go-record-limit.js';
import { reportSkipped, type Ecosystem, type EcosystemContext } from './ecosystem.js';
import { loadClientGoSource } from './load-client-go-source.js';

const EMPTY_SUM = { entries: [], skipped: [] };

/** client-go under any module path (forks, staging paths), or any Kubernetes module that may require it. */
const MENTIONS_CLIENT = /client-go|k8s\.io\//;

/** go.mod, go.work, go.sum, vendor/modules.txt and client-go source in the tree. */
export function createGoModulesEcosystem(context: EcosystemContext): Ecosystem {
  const inputs: GoModuleInputs = { goMods: [], goWorks: [], goSums: [], vendorModules: [] };
  const refused: RefusedSource[] = [];
  return {
    kinds: ['go.mod', 'go.work', 'go.sum', 'vendor/modules.txt'],
    mentionsClient: MENTIONS_CLIENT,
    add: (candidate, text) => addGoModuleFile(inputs, refused, candidate, text, context),
    resolve: () => [...resolveGoModules(inputs, context), ...refused.map(refusedSourceReference)],
  };
}

function addGoModuleFile(inputs: GoModuleInputs, refused: RefusedSource[], candidate: CandidateFile, text: string, context: EcosystemContext): void {
  const file = candidate.path;
  switch (candidate.kind) {
    case 'go.mod': {
      const filter = kubernetesModuleFilter();
      const records = extractGoMod(text, filter.keep);
      inputs.goMods.push({ path: file, records });
      reportSkipped(context.diagnostics, file, records.skipped);
      refused.push(...refusedByGo('go.mod', file, text, records.skipped), ...stoppedAtClientGoLimit('go.mod', file, filter));
      break;
    }
    case 'go.work': {
      const filter = kubernetesModuleFilter();
      // A use of a directory without a go.mod maps no module to the workspace: a million of them cost nothing.
      const records = extractGoWork(text, filter.keep, (directory) => context.moduleDirectories.has(useDirectoryOf(file, directory)));
      inputs.goWorks.push({ path: file, records });
      reportSkipped(context.diagnostics, file, records.skipped);
      refused.push(...refusedByGo('go.work', file, text, records.skipped), ...stoppedAtClientGoLimit('go.work', file, filter));
      break;
    }
    case 'go.sum': {
      // go.sum is only ever read for client-go lines; most are large and never mention it.
      const records = text.includes('client-go') ? extractGoSum(text, { onlyLinesContaining: 'client-go' }) : EMPTY_SUM;
      inputs.goSums.push({ path: file, records });
      reportSkipped(context.diagnostics, file, records.skipped);
      break;
    }
    case 'vendor/modules.txt': {
      const filter = kubernetesModuleFilter();
      const records = extractVendorModulesTxt(text, filter.keep);
      inputs.vendorModules.push({ path: file, records });
      reportSkipped(context.diagnostics, file, records.skipped);
      refused.push(...stoppedAtClientGoLimit('vendor/modules.txt', file, filter));
      break;
    }
  }
}

/** Escapes can spell a module path, so a backslash counts as a possible mention too. */
const MENTIONS_KUBERNETES_CLIENT = new RegExp(`${MENTIONS_CLIENT.source}|\\\\`);

/**
 * Go refuses a go.mod or go.work with any line it cannot read, so what the rest says is not what gets built:
 * when the file may name a Kubernetes client, that is an `unknown` finding at the first such line.
 */
function refusedByGo(source: 'go.mod' | 'go.work', file: string, text: string, skipped: readonly SkippedLine[]): RefusedSource[] {
  const [first] = skipped;
  if (!first || !MENTIONS_KUBERNETES_CLIENT.test(text)) return [];
  const more = skipped.length > 1 ? ` (and ${skipped.length - 1} more; see the diagnostics)` : '';
  return [{ source, at: lineSpan(file, first.line), reason: `Go refuses this ${source}: line ${first.line}: ${first.reason}${more}, so what it builds cannot be told` }];
}

function resolveGoModules(inputs: GoModuleInputs, context: EcosystemContext): ResolvedReference[] {
  const vendored = judgeVendoredSource(inputs, context);
  const vendoredByModuleDirectory = new Map(vendored.map((item) => [item.moduleDirectory, { directory: item.directory, release: item.release }]));
  const references = [...judgeLocalDirectories(context, collectGoModuleReferences(inputs)), ...vendored.map((item) => item.reference)];
  return references.map((reference) => ({
    reference,
    resolution: fallBackToVendoredSource(reference, resolveReferenceRelease(reference), vendoredByModuleDirectory),
  }));
}

/** A replace to a directory becomes a real verdict when the client-go source is in the tree. */
function judgeLocalDirectories(context: EcosystemContext, references: ClientGoReference[]): ClientGoReference[] {
  return references.map((reference) => {
    if (reference.localDirectory === undefined || reference.judgedFromSource) return reference;
    const source = loadClientGoSource(context.readLimits, reference.localDirectory, context.diagnostics);
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

function judgeVendoredSource(inputs: GoModuleInputs, context: EcosystemContext): VendoredSource[] {
  const found: VendoredSource[] = [];
  for (const directory of context.sourceDirectories) {
    const source = loadClientGoSource(context.readLimits, directory.path, context.diagnostics);
    if (!source.found) {
      context.diagnostics.push({ file: directory.path, line: null, message: source.reason });
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
