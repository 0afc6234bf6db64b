export type PolicyName = 'strict' | 'documented' | 'reload';
export type FailOn = 'outdated' | 'unknown' | 'never';
/** How an outdated kubectl in a Dockerfile counts: it reads the token at every start, so by default a warning. */
export type KubectlSeverity = 'warning' | 'error';

/** Everything a scan needs, whether it came from action inputs or CLI flags. */
export interface ScanSettings {
  /** Absolute path of the directory to scan. */
  root: string;
  policy: PolicyName;
  /** Extra floor as written by the user (v0.15.7, v12.0.0, 1.15.7), or null. */
  minimumVersion: string | null;
  failOn: FailOn;
  /** Globs (POSIX, relative to root); empty = everything. */
  include: string[];
  exclude: string[];
  /** Files larger than this are skipped with a diagnostic. */
  maxFileBytes: number;
  /** Let inferred (go.sum) findings fail the check. Off by default: go.sum is not a lock file. */
  failOnInferred: boolean;
  /** Values for Dockerfile ARGs, as `docker build --build-arg NAME=value` would pass them; later entries win. */
  dockerBuildArgs: ReadonlyMap<string, string>;
  /** Globs (POSIX, relative to root) of Dockerfiles with names discovery does not know (e.g. `build/*.docker`). */
  dockerfiles: string[];
  /** `warning`: an outdated short-lived kubectl does not fail the check; `error`: it does, like any finding. */
  kubectlSeverity: KubectlSeverity;
  /**
   * Globs (POSIX, relative to root, or absolute paths inside it) of compiled Go binaries whose build info is
   * read. They may reach directories the main walk skips (bin/, build outputs); empty = no binaries.
   */
  binaries: string[];
  /** Container images to pull and inspect for Go binaries; absent or empty: no network is used. */
  images?: ImageScanSettings;
}

/** Registry credentials for one host. */
export interface RegistryCredentials {
  username: string;
  password: string;
}

export interface ImageScanSettings {
  /** References named directly (the `images` input, `--image`), in order. */
  references: string[];
  /** Also every FROM / COPY --from image of the scanned Dockerfiles whose reference resolves. */
  fromDockerfiles: boolean;
  /** os/architecture[/variant] picked from multi-platform images. */
  platform: string;
  /** One deadline per image: manifest, layers and the binaries in them. */
  timeoutMs: number;
  /** By registry host (host[:port]); a registry not listed is pulled from anonymously. */
  credentials: ReadonlyMap<string, RegistryCredentials>;
  /**
   * Registry hosts (host[:port] globs) that may resolve to loopback, private, link-local or other
   * non-public addresses; every other host must resolve to public addresses only.
   */
  allowedRegistries: string[];
  /** Registry hosts (host[:port] globs) reached over plain http; every other one over https. */
  insecureRegistries: string[];
  /** Where binaries are spooled and inspections cached by digest; null: the system's temporary directory, no cache. */
  workDirectory: string | null;
}

export const DEFAULT_IMAGE_PLATFORM = 'linux/amd64';
export const DEFAULT_IMAGE_TIMEOUT_MS = 5 * 60 * 1000;

export const DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024;
export const DEFAULT_KUBECTL_SEVERITY: KubectlSeverity = 'warning';
