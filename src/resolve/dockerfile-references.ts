/**
 * Dockerfile records → client-go references with their releases. client-go versions go through the same
 * model as go.mod (forks by commit only); Kubernetes programs are judged by the client-go of their release.
 * kubectl is short-lived and re-reads the token at every start, so by default an outdated one is a warning.
 */
import type { DockerfileRecords, DockerfileReferenceRecord, LongRunningKubectl } from '../extract/dockerfile-records.js';
import type { RelatedLocation } from '../model/location.js';
import type { ClientGoReference } from '../model/reference.js';
import type { VersionResolution } from '../model/release.js';
import type { KubectlSeverity } from '../model/settings.js';
import type { VersionSite } from '../model/version-site.js';
import { isClientGoModule, isStagingModule } from '../model/client-go-module-paths.js';
import { clientGoTagOfKubernetesVersion, clientGoVersionOfKubernetesRef, resolveKubernetesRef, resolveKubernetesRelease } from './kubernetes-release-version.js';
import { resolveReferenceRelease } from './resolve-reference-release.js';
import { inFile } from './source-span.js';

export interface DockerfileReferenceResolution {
  reference: ClientGoReference;
  resolution: VersionResolution;
}

/** Versions `go get` resolves while the image builds: whatever is newest then. */
const MOVING_QUERIES = new Set(['latest', 'upgrade', 'patch']);

const SHORT_LIVED_KUBECTL =
  'kubectl is a short-lived command that reads the token file at every start, so an outdated kubectl only misses a rotated token while one run lasts (kubectl proxy, --watch); set kubectl-severity: error to fail the check on it';

export function resolveDockerfileReferences(file: string, records: DockerfileRecords, kubectlSeverity: KubectlSeverity): DockerfileReferenceResolution[] {
  return records.references
    .filter((record) => record.scheme === 'kubernetes' || record.carrier === 'git-ref' || isClientGoModule(record.subject))
    .map((record) => {
      const reference = referenceOf(file, record, kubectlSeverity, records.longRunningKubectl);
      return { reference, resolution: resolutionOf(record, reference) };
    });
}

function referenceOf(file: string, record: DockerfileReferenceRecord, kubectlSeverity: KubectlSeverity, longRunning: readonly LongRunningKubectl[]): ClientGoReference {
  const { version } = record;
  const reference: ClientGoReference = {
    source: 'Dockerfile',
    at: inFile(file, version.at),
    module: moduleOf(record),
    declared: version.value ?? version.written,
    effective: effectiveVersionOf(record),
    effectiveModule: record.replacement?.module ?? 'k8s.io/client-go',
    indirect: false,
    inferred: false,
    related: relatedOf(file, record),
    siblings: record.siblings.filter((sibling) => isStagingModule(sibling.path) && !isClientGoModule(sibling.path)),
    notes: notesOf(record),
    versionSite: siteOf(record),
  };
  if (record.component === 'kubectl') applyKubectlSeverity(reference, kubectlSeverity, longRunning);
  return reference;
}

/** What the finding names: the module, the program or the image. */
function moduleOf(record: DockerfileReferenceRecord): string {
  if (record.carrier === 'git-ref') return record.scheme === 'client-go' ? 'k8s.io/client-go' : 'k8s.io/kubernetes';
  return record.subject;
}

/** The client-go version that is judged: as written for client-go, kubernetes-1.X.Y for a Kubernetes program. */
function effectiveVersionOf(record: DockerfileReferenceRecord): string | null {
  const value = record.version.value;
  if (value === null || record.replacement?.directory) return null;
  if (record.scheme === 'client-go') return value;
  if (record.carrier === 'git-ref') {
    const target = clientGoVersionOfKubernetesRef(value);
    return 'version' in target ? target.version : null;
  }
  return clientGoTagOfKubernetesVersion(value);
}

function relatedOf(file: string, record: DockerfileReferenceRecord): RelatedLocation[] {
  const related: RelatedLocation[] = record.version.related.map((line) => ({ file, line: line.line, column: line.column, label: line.label }));
  const mentioned = new Set([record.version.at.line, ...related.map((location) => location.line)]);
  if (!mentioned.has(record.line)) related.push({ file, line: record.line, label: record.keyword });
  return related;
}

function notesOf(record: DockerfileReferenceRecord): string[] {
  const notes = [...record.notes];
  const { version } = record;
  if (version.buildArg) notes.push(`the version comes from the build arg ${version.buildArg}`);
  else if (version.variable && version.value !== null) notes.push(`the version is the value of ${version.variable.keyword} ${version.variable.name} (line ${version.variable.line})`);
  if (record.scheme === 'kubernetes' && version.value !== null) {
    notes.push(`${record.component ?? 'this Kubernetes program'} ${version.value} is built with the client-go of its Kubernetes release`);
  }
  return notes;
}

function siteOf(record: DockerfileReferenceRecord): VersionSite {
  const { version } = record;
  const site: VersionSite = { carrier: record.carrier, scheme: record.scheme, line: record.line, context: record.context, version: version.value };
  if (version.variable) site.variable = version.variable;
  if (version.buildArg) site.buildArg = version.buildArg;
  return site;
}

function applyKubectlSeverity(reference: ClientGoReference, severity: KubectlSeverity, longRunning: readonly LongRunningKubectl[]): void {
  const [kept] = longRunning;
  if (kept) {
    reference.notes.push(`the image runs \`${kept.use}\` (line ${kept.line}), which keeps running with the token it read at start, so it is judged like any long-running program`);
  } else if (severity === 'warning') {
    reference.warningOnly = SHORT_LIVED_KUBECTL;
  } else {
    reference.notes.push('kubectl-severity: error judges kubectl like any other program');
  }
}

function resolutionOf(record: DockerfileReferenceRecord, reference: ClientGoReference): VersionResolution {
  const value = record.version.value;
  if (value === null) return unknown(record.version.unknownReason ?? 'the version cannot be read from the Dockerfile');
  if (record.replacement?.directory) {
    return unknown(`client-go is replaced by the directory ${record.replacement.directory} inside the image, which the gate cannot read`);
  }
  if (record.scheme === 'kubernetes') return record.carrier === 'git-ref' ? resolveKubernetesRef(value) : resolveKubernetesRelease(value);
  if (MOVING_QUERIES.has(value)) return unknown(`@${value} takes whatever client-go is newest when the image builds; pin a version`);
  return resolveReferenceRelease(reference);
}

function unknown(reason: string): VersionResolution {
  return { known: false, reason };
}
