/**
 * How a version is written where a go.mod-style `module version` pair is not the form (Dockerfiles): what
 * carries it and in which scheme, so the fix can name the exact text to change.
 */
export interface VersionSite {
  /**
   * module-version: `go get|install|mod download|mod edit -require` naming client-go@version;
   * module-replace: `go mod edit -replace`; git-ref: a git clone/checkout or ADD of a git URL;
   * release-url: a download URL of a Kubernetes release; image-tag: a Kubernetes component image;
   * built-module: a build stage that copies a go.mod of the repository and runs `go build`.
   */
  carrier: 'module-version' | 'module-replace' | 'git-ref' | 'release-url' | 'image-tag' | 'built-module';
  /** client-go versions (tags, branches, commits) or Kubernetes versions (v1.14.3: binaries, images, kubernetes/kubernetes tags). */
  scheme: 'client-go' | 'kubernetes';
  /** 1-based line of the instruction that uses the version. */
  line: number;
  /** The text around the version after variable expansion (the URL, the image reference, module@version), or null. */
  context: string | null;
  /** The version exactly as it stands in `context`, or null when there is none. */
  version: string | null;
  /** The ARG or ENV whose value holds the version text; for an unknown version, the ARG that needs a value. */
  variable?: {
    keyword: 'ARG' | 'ENV';
    name: string;
    line: number;
    /** The part of `version` its value holds, [start, end): all of it, or `1.13.6` of `v${KUBE_VERSION}`. */
    holds: { start: number; end: number };
  };
  /** The build arg (docker-build-args / --build-arg) that supplied the version, when one did. */
  buildArg?: string;
  /** built-module: the go.mod the stage copies and builds. */
  builtModule?: string;
}
