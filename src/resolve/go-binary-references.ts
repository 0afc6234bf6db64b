import type { GoBuildInfo, GoBuildInfoFailure, GoBuildInfoResult, GoModuleRecord } from '../extract/go-build-info/build-info-records.js';
import { clientGoDependency } from '../extract/go-build-info/client-go-dependency.js';
import { isClientGoModule, isStagingModule } from '../model/client-go-module-paths.js';
import type { SourceSpan } from '../model/location.js';
import type { BuiltBinary, ClientGoReference, SiblingModule } from '../model/reference.js';
import type { VersionResolution } from '../model/release.js';
import { resolveReferenceRelease } from './resolve-reference-release.js';

/** Where a binary's finding is reported, and what names the binary in its wording. */
export interface GoBinaryOrigin {
  /** The place a reader is pointed at: the binary itself (line 1), or the FROM line of the image holding it. */
  at: SourceSpan;
  /** The binary's path: relative to the scanned root, or its path inside the image. */
  binaryPath: string;
  imageReference?: string;
  imageDigest?: string;
}

/** What one binary's build info says about client-go. */
export type GoBinaryJudgement =
  | { kind: 'client-go'; reference: ClientGoReference; resolution: VersionResolution }
  /** A Go binary built with modules whose build does not include client-go: nothing to report. */
  | { kind: 'no-client-go' }
  /** Nothing can be said: not a Go binary, cut short, built without modules. The message is for a diagnostic. */
  | { kind: 'unusable'; message: string };

const WITHOUT_MODULES = 'built without modules: build info lists no dependencies, so the client-go inside cannot be judged';

/**
 * The client-go a binary really contains, from its build info. A `=>` replacement decides what was built:
 * a fork is judged as go.mod replaces to forks are (known only at an upstream commit), a directory
 * replacement has no version to judge. Shared by binaries in the tree and binaries inside images.
 */
export function goBinaryReference(result: GoBuildInfoResult, origin: GoBinaryOrigin): GoBinaryJudgement {
  if (!result.ok) return { kind: 'unusable', message: failureMessage(result) };
  const dependency = clientGoDependency(result);
  if (dependency === null) {
    if (result.mainModule === null && result.deps.length === 0) return { kind: 'unusable', message: `Go binary ${withToolchain(result.goVersion)}${WITHOUT_MODULES}` };
    return { kind: 'no-client-go' };
  }
  const reference = referenceOf(result, dependency, origin);
  const replacement = dependency.replacement;
  if (replacement?.isDirectory) {
    return {
      kind: 'client-go',
      reference,
      resolution: { known: false, reason: `client-go was built from a local directory (${replacement.path}): the binary's build info carries no version for it` },
    };
  }
  return { kind: 'client-go', reference, resolution: resolveReferenceRelease(reference) };
}

function referenceOf(info: GoBuildInfo, dependency: GoModuleRecord, origin: GoBinaryOrigin): ClientGoReference {
  const replacement = dependency.replacement;
  const builtBinary: BuiltBinary = {
    path: origin.binaryPath,
    goVersion: info.goVersion,
    mainModule: info.mainModule?.path ?? null,
    ...(origin.imageReference !== undefined ? { imageReference: origin.imageReference } : {}),
    ...(origin.imageDigest !== undefined ? { imageDigest: origin.imageDigest } : {}),
    ...(replacement ? { replacement: { path: replacement.path, version: replacement.version, isDirectory: replacement.isDirectory } } : {}),
  };
  return {
    source: 'go-binary',
    at: origin.at,
    module: dependency.path,
    declared: dependency.version,
    effective: replacement ? (replacement.isDirectory ? null : replacement.version) : dependency.version,
    effectiveModule: replacement && !replacement.isDirectory ? replacement.path : dependency.path,
    // The linker lists only what is built into the binary: this is proof, never inference.
    indirect: false,
    inferred: false,
    related: [],
    siblings: siblingsOf(info),
    notes: notesOf(info, builtBinary, dependency),
    builtBinary,
  };
}

/** The other k8s.io modules built in, so the fix moves them together. */
function siblingsOf(info: GoBuildInfo): SiblingModule[] {
  return info.deps
    .filter((dep) => isStagingModule(dep.path) && !isClientGoModule(dep.path))
    .map((dep) => ({ path: dep.path, version: dep.replacement && !dep.replacement.isDirectory ? dep.replacement.version : dep.version }));
}

function notesOf(info: GoBuildInfo, binary: BuiltBinary, dependency: GoModuleRecord): string[] {
  const revision = info.settings.find((setting) => setting.key === 'vcs.revision')?.value;
  const atRevision = revision ? ` at commit ${revision.slice(0, 12)}` : '';
  const mainModule = binary.mainModule ? ` from the main module ${binary.mainModule}${atRevision}` : '';
  const notes = [`${binaryName(binary)} was built by ${binary.goVersion}${mainModule}`];
  const replacement = dependency.replacement;
  if (replacement) {
    const target = replacement.isDirectory ? `the local directory ${replacement.path}` : `${replacement.path} ${replacement.version}`;
    notes.push(`its build info records ${dependency.path} ${dependency.version} replaced by ${target}`);
  }
  return notes;
}

/** "the binary bin/app", or "the binary /usr/bin/app in the image repo:tag@sha256:…". */
export function binaryName(binary: Pick<BuiltBinary, 'path' | 'imageReference' | 'imageDigest'>): string {
  const image = imageName(binary);
  return image === null ? `the binary ${binary.path}` : `the binary ${binary.path} in the image ${image}`;
}

/** "repo:tag@sha256:…" for a binary inside an image, or null. */
export function imageName(binary: Pick<BuiltBinary, 'imageReference' | 'imageDigest'>): string | null {
  const parts = [binary.imageReference, binary.imageDigest].filter((part) => part !== undefined);
  return parts.length === 0 ? null : parts.join('@');
}

function withToolchain(goVersion: string | undefined): string {
  return goVersion ? `(${goVersion}) ` : '';
}

function failureMessage(failure: GoBuildInfoFailure): string {
  switch (failure.reason) {
    case 'not-executable':
    case 'no-build-info':
      return `not a Go binary (${failure.message}); skipped`;
    case 'not-module-build':
      return `Go binary ${withToolchain(failure.goVersion)}${WITHOUT_MODULES}`;
    case 'truncated':
      return `Go binary cut short, its build info cannot be read (${failure.message}); skipped`;
    case 'malformed':
    case 'unreadable':
      return `Go build info cannot be read (${failure.message}); skipped`;
  }
}
