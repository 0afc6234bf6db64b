import type { CandidateKind } from './candidate-file.js';

/**
 * Directories whose content never describes what the project builds (domain §4.9): Git's own data,
 * JavaScript dependencies, and Go's `testdata` (ignored by the go command, full of deliberately odd go.mod files).
 */
export const SKIPPED_DIRECTORY_NAMES: ReadonlySet<string> = new Set(['.git', 'node_modules', 'testdata']);

const VENDOR = 'vendor';

/** Below a project's vendor/ only this chain matters: it leads to client-go's own source. */
const VENDORED_CLIENT_GO_CHAIN: readonly string[] = ['k8s.io', 'client-go', 'rest'];

/** The file whose presence marks a vendored client-go copy worth judging from source. */
const CLIENT_GO_MARKER = 'config.go';

const MANIFEST_KINDS: ReadonlyMap<string, CandidateKind> = new Map<string, CandidateKind>([
  ['go.mod', 'go.mod'],
  ['go.work', 'go.work'],
  ['go.sum', 'go.sum'],
  ['Gopkg.lock', 'Gopkg.lock'],
  ['Gopkg.toml', 'Gopkg.toml'],
  ['glide.yaml', 'glide.yaml'],
  ['glide.lock', 'glide.lock'],
]);

/** godep keeps its manifest in a directory of its own; govendor keeps it at the top of vendor/. */
const GODEPS_DIRECTORY = 'Godeps';
const GODEPS_NAME = 'Godeps.json';
const GOVENDOR_NAME = 'vendor.json';
const VENDOR_MODULES_NAME = 'modules.txt';

const CANDIDATE_NAMES: ReadonlySet<string> = new Set([
  ...MANIFEST_KINDS.keys(),
  VENDOR_MODULES_NAME,
  CLIENT_GO_MARKER,
  GODEPS_NAME,
  GOVENDOR_NAME,
]);

export type PathClass = CandidateKind | 'client-go-source';

/** The names `docker build` users give Dockerfiles: Dockerfile, Dockerfile.*, *.Dockerfile, *.dockerfile, Containerfile[.*]. */
export function isDockerfileName(name: string): boolean {
  return (
    name === 'Dockerfile' ||
    name === 'Containerfile' ||
    name.startsWith('Dockerfile.') ||
    name.startsWith('Containerfile.') ||
    (name.length > '.dockerfile'.length && name.toLowerCase().endsWith('.dockerfile'))
  );
}

/** Most files in a tree are not candidates, and their name alone says so: a cheap test before classifyPath. */
export function isCandidateName(name: string): boolean {
  return CANDIDATE_NAMES.has(name) || isDockerfileName(name);
}

function segmentsOf(relativePath: string): string[] {
  return relativePath === '' || relativePath === '.' ? [] : relativePath.split('/');
}

/**
 * Whether the walk has any reason to enter this directory (POSIX, relative to the root; '' is the root).
 * Inside a project's vendor/ only the path to k8s.io/client-go/rest is worth reading; a vendor/ nested in
 * another vendor/ tree belongs to a third-party module and is never entered.
 */
export function isWalkableDirectory(relativeDirectory: string): boolean {
  const segments = segmentsOf(relativeDirectory);
  const vendorAt = segments.indexOf(VENDOR);
  const checked = vendorAt === -1 ? segments : segments.slice(0, vendorAt);
  if (checked.some((segment) => SKIPPED_DIRECTORY_NAMES.has(segment))) return false;
  if (vendorAt === -1) return true;
  const below = segments.slice(vendorAt + 1);
  return below.length <= VENDORED_CLIENT_GO_CHAIN.length && below.every((segment, index) => segment === VENDORED_CLIENT_GO_CHAIN[index]);
}

/**
 * What a file is, judged by its path alone (POSIX, relative to the root). `client-go-source` is returned
 * for `<project>/vendor/k8s.io/client-go/rest/config.go`; the source directory is two levels up
 * (see clientGoDirectoryOf). Everything else inside vendor/ is a third-party file and yields null.
 */
export function classifyPath(relativePath: string): PathClass | null {
  if (!isCandidateName(relativePath.slice(relativePath.lastIndexOf('/') + 1))) return null;
  const segments = segmentsOf(relativePath);
  const name = segments.pop();
  if (name === undefined || !isWalkableDirectory(segments.join('/'))) return null;
  const vendorAt = segments.indexOf(VENDOR);
  if (vendorAt === -1) return kindOutsideVendor(name, segments);
  const depthBelowVendor = segments.length - vendorAt - 1;
  if (depthBelowVendor === 0) return name === VENDOR_MODULES_NAME ? 'vendor/modules.txt' : name === GOVENDOR_NAME ? 'vendor.json' : null;
  if (depthBelowVendor === VENDORED_CLIENT_GO_CHAIN.length && name === CLIENT_GO_MARKER) return 'client-go-source';
  return null;
}

function kindOutsideVendor(name: string, directories: readonly string[]): CandidateKind | null {
  if (name === GODEPS_NAME) return directories.at(-1) === GODEPS_DIRECTORY ? 'Godeps.json' : null;
  if (isDockerfileName(name)) return 'Dockerfile';
  return MANIFEST_KINDS.get(name) ?? null;
}

/** `a/vendor/k8s.io/client-go/rest/config.go` → `a/vendor/k8s.io/client-go`. */
export function clientGoDirectoryOf(markerPath: string): string {
  return markerPath.split('/').slice(0, -2).join('/');
}
