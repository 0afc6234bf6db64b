/**
 * Container image references as Docker reads them (`nginx`, `ghcr.io/org/app:1.2`, `name@sha256:…`),
 * normalised to what the registry API needs: the host to call and the full repository path.
 */

export interface ImageReference {
  /** The reference as written. */
  text: string;
  /** host[:port] used for the API; Docker Hub (docker.io) is served by registry-1.docker.io. */
  registry: string;
  /** Repository path on that registry; Docker Hub short names live under library/. */
  repository: string;
  /** latest when the reference names neither a tag nor a digest. */
  tag: string | null;
  digest: string | null;
}

export type ImageReferenceResult = { ok: true; reference: ImageReference } | { ok: false; reason: string };

export const DOCKER_HUB_DOMAIN = 'docker.io';
export const DOCKER_HUB_REGISTRY = 'registry-1.docker.io';

const NAME_MAX_LENGTH = 255;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;
const KNOWN_DIGEST_LENGTHS: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };
const IMAGE_ID = /^[a-f0-9]{64}$/;

export function parseImageReference(text: string): ImageReferenceResult {
  const fail = (why: string): ImageReferenceResult => ({ ok: false, reason: `invalid image reference "${text}": ${why}` });
  if (text.trim() === '') return fail('it is empty');
  if (text !== text.trim()) return fail('it has leading or trailing white space');

  const { rest, digest } = splitDigest(text);
  if (digest !== null) {
    const digestProblem = checkDigest(digest);
    if (digestProblem) return fail(digestProblem);
  }
  const { name, tag } = splitTag(rest);
  if (tag !== null && !TAG.test(tag)) return fail(`tag "${tag}" must be 1 to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'`);
  if (name === '') return fail('it names no repository');
  if (IMAGE_ID.test(name)) return fail('a 64-character hexadecimal name is an image ID, not a repository');

  const { domain, path } = splitDomain(name);
  if (!DOMAIN.test(domain)) return fail(`"${domain}" is not a valid registry host`);
  if (path !== path.toLowerCase()) return fail('repository name must be lowercase');
  const components = path.split('/');
  const badComponent = components.find((component) => !PATH_COMPONENT.test(component));
  if (badComponent !== undefined) {
    return fail(`repository path component "${badComponent}" must be lowercase letters and digits, separated by '.', '_', '__' or '-'`);
  }
  if (name.length > NAME_MAX_LENGTH) return fail(`repository name is longer than ${NAME_MAX_LENGTH} characters`);

  const onDockerHub = domain === DOCKER_HUB_DOMAIN;
  const repository = onDockerHub && components.length === 1 ? `library/${path}` : path;
  return {
    ok: true,
    reference: {
      text,
      registry: onDockerHub ? DOCKER_HUB_REGISTRY : domain,
      repository,
      tag: tag ?? (digest === null ? 'latest' : null),
      digest,
    },
  };
}

/** `tag` or `digest`, the way a manifest is asked for by this reference. */
export function manifestReferenceOf(reference: ImageReference): string {
  return reference.digest ?? reference.tag ?? 'latest';
}

function splitDigest(text: string): { rest: string; digest: string | null } {
  const at = text.indexOf('@');
  return at < 0 ? { rest: text, digest: null } : { rest: text.slice(0, at), digest: text.slice(at + 1) };
}

/** A tag follows the last ':' that comes after the last '/' (an earlier ':' is a registry port). */
function splitTag(text: string): { name: string; tag: string | null } {
  const colon = text.lastIndexOf(':');
  if (colon < 0 || colon < text.lastIndexOf('/')) return { name: text, tag: null };
  return { name: text.slice(0, colon), tag: text.slice(colon + 1) };
}

/** Docker's rule: the first component is a registry host only when it has '.' or ':' or is localhost. */
function splitDomain(name: string): { domain: string; path: string } {
  const slash = name.indexOf('/');
  const first = slash < 0 ? '' : name.slice(0, slash);
  const isHost = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase());
  if (!isHost) return { domain: DOCKER_HUB_DOMAIN, path: name };
  const domain = first === 'index.docker.io' ? DOCKER_HUB_DOMAIN : first;
  return { domain, path: name.slice(slash + 1) };
}

function checkDigest(digest: string): string | null {
  if (!DIGEST.test(digest)) return `digest "${digest}" must look like sha256:<64 hexadecimal digits>`;
  const [algorithm = '', encoded = ''] = digest.split(':');
  const length = KNOWN_DIGEST_LENGTHS[algorithm];
  if (length === undefined) return `digest algorithm "${algorithm}" is not supported (sha256, sha384 or sha512)`;
  if (encoded.length !== length || !/^[a-f0-9]+$/.test(encoded)) return `digest "${digest}" must have ${length} lowercase hexadecimal digits after "${algorithm}:"`;
  return null;
}
