import type { ClientGoReference } from '../../model/reference.js';
import type { VersionSite } from '../../model/version-site.js';
import { goModuleFix } from './go-module-fix.js';
import type { FixPhrasing, FixTarget } from './fix-target.js';

/** k8s.gcr.io and gcr.io/google-containers are frozen; registry.k8s.io serves the same images and newer ones. */
const FROZEN_REGISTRY = /^(?:k8s\.gcr\.io|(?:[a-z]+\.)?gcr\.io\/google[-_]containers)\//;
/** Longer text from the repository is not quoted back in a fix. */
const MAX_QUOTED_CONTEXT = 200;

/** Dockerfiles: the exact text to change, at the ARG, RUN, URL or image tag that carries the version. */
export const dockerfileFix: FixPhrasing = (reference, target) => {
  const site = reference.versionSite;
  if (!site) return goModuleFix(reference, target);
  if (site.carrier === 'built-module') return builtModuleFix(reference, site, target);
  const version = targetVersion(site, target);
  const alternative = site.scheme === 'client-go' && target.semverAlternative ? ` (or, with semantic-version tags, ${target.semverAlternative})` : '';
  const orLater = site.scheme === 'kubernetes' ? ' or later' : '';
  const held = site.variable ? heldPart(site, version) : null;
  if (site.buildArg && held !== null) {
    return `Pass ${site.buildArg}=${held}${orLater}${alternative} as the build arg (docker-build-args here, --build-arg to docker build); it sets the version used on line ${site.line}.`;
  }
  if (site.variable && site.version === null) {
    const { name, line } = site.variable;
    return `Give ARG ${name} on line ${line} the value ${version}${orLater}${alternative} (as its default, or as the build arg ${name}=${version}); the version used on line ${site.line} depends on it.`;
  }
  if (site.variable && held !== null) {
    return `Set ${site.variable.keyword} ${site.variable.name} on line ${site.variable.line} to ${held}${orLater}${alternative}; it sets the version used on line ${site.line}.`;
  }
  return `${changeAtUse(reference, site, version)}${alternative}.`;
};

/**
 * What the variable's value becomes: the whole new version, or the part the variable holds when the use
 * adds literal text around it (`v${KUBE_VERSION}`: v1.14.3 → 1.14.3). Null when the new version does not
 * keep that literal text.
 */
function heldPart(site: VersionSite, version: string): string | null {
  const current = site.version;
  const holds = site.variable?.holds;
  if (current === null || !holds) return version;
  const prefix = current.slice(0, holds.start);
  const suffix = current.slice(holds.end);
  if (version.length < prefix.length + suffix.length || !version.startsWith(prefix) || !version.endsWith(suffix)) return null;
  return version.slice(prefix.length, version.length - suffix.length);
}

/** A Kubernetes program moves to the Kubernetes release of the target (v1.14.3); client-go to its tag. */
function targetVersion(site: VersionSite, target: FixTarget): string {
  if (site.scheme === 'client-go') return target.tag;
  return target.release.kubernetes ? `v${target.release.kubernetes}` : target.tag;
}

function changeAtUse(reference: ClientGoReference, site: VersionSite, version: string): string {
  if (site.version === null) return pinAtUse(reference, site, version);
  const current = site.version;
  const context = site.context ?? '';
  const replaced = current !== '' && context.includes(current) && context.length <= MAX_QUOTED_CONTEXT ? replaceLast(context, current, version) : null;
  switch (site.carrier) {
    case 'module-version':
      return replaced
        ? `Change \`${context}\` on line ${site.line} to \`${replaced}\`${siblingsNote(reference)}`
        : `Change ${reference.module} on line ${site.line} to \`${reference.module}@${version}\`${siblingsNote(reference)}`;
    case 'module-replace':
      return `Change the -replace on line ${site.line} to \`${reference.module}=k8s.io/client-go@${version}\`${forkNote(reference)}`;
    case 'git-ref':
      return `Check out ${version}${site.scheme === 'kubernetes' ? ' or later' : ''} instead of ${current.length <= MAX_QUOTED_CONTEXT ? current : 'the current ref'} (line ${site.line})`;
    case 'release-url':
      return `Download ${replaced ? `\`${replaced}\`` : `release ${version}`} or a later release instead (line ${site.line})`;
    case 'image-tag':
      return `Use ${imageReference(reference.module, version)} or later on line ${site.line}${FROZEN_REGISTRY.test(reference.module) ? ' (registry.k8s.io serves the images k8s.gcr.io and gcr.io/google-containers froze)' : ''}`;
    case 'built-module':
      return '';
  }
}

/** The version is not known (a variable without value, a command substitution): name what to pin. */
function pinAtUse(reference: ClientGoReference, site: VersionSite, version: string): string {
  switch (site.carrier) {
    case 'module-version':
      return `Pin \`${reference.module}@${version}\` on line ${site.line}`;
    case 'git-ref':
      return `Check out ${version}${site.scheme === 'kubernetes' ? ' or later' : ''} on line ${site.line}`;
    case 'release-url':
      return `Pin the download on line ${site.line} to release ${version} or later`;
    default:
      return changeAtUse(reference, { ...site, version: '' }, version);
  }
}

function replaceLast(text: string, current: string, next: string): string {
  const at = text.lastIndexOf(current);
  return `${text.slice(0, at)}${next}${text.slice(at + current.length)}`;
}

function imageReference(repository: string, version: string): string {
  return `${repository.replace(FROZEN_REGISTRY, 'registry.k8s.io/')}:${version}`;
}

function siblingsNote(reference: ClientGoReference): string {
  if (reference.siblings.length === 0) return '';
  return `, and ${reference.siblings.map((sibling) => sibling.path).join(', ')} in the same command to the same version`;
}

function forkNote(reference: ClientGoReference): string {
  const fork = reference.effectiveModule;
  return fork !== 'k8s.io/client-go' && fork !== reference.module ? ` (or bring the fork ${fork} up to a release with kubernetes/kubernetes#77613)` : '';
}

/** The image builds a go.mod of the repository: the fix is in that go.mod, then a rebuild. */
function builtModuleFix(reference: ClientGoReference, site: VersionSite, target: FixTarget): string {
  const where = site.builtModule ?? 'the go.mod';
  return `This image builds ${where}: fix client-go there, then rebuild the image. ${goModuleFix({ ...reference, versionSite: undefined }, target)}`;
}
