/**
 * How a client-go release re-reads (or fails to re-read) the ServiceAccount token.
 * Names follow ../shared/research/*.tsv: yes-wrap, yes-btf, NO-btf-dropped, no, n/a.
 */
export type ReloadMechanism =
  | 'wrap-transport' // yes-wrap: InClusterConfig wraps the transport with a cached file token source
  | 'bearer-token-file' // yes-btf: rest.Config.BearerTokenFile reaches the transport
  | 'bearer-token-file-dropped' // NO-btf-dropped: kubernetes/kubernetes#77613 regression
  | 'read-once' // no: the token is read once at start-up
  | 'pre-1.6-layout'; // n/a: no rest/config.go, token read once

/** How a raw version string was turned into a release. */
export type ResolvedBy = 'tag' | 'commit' | 'branch' | 'scheme' | 'source';

/** One client-go code base, judged. */
export interface ClientGoRelease {
  /** Full Kubernetes version ("1.14.0") when the code is a tagged release, else null. */
  kubernetes: string | null;
  /**
   * Kubernetes minor line ("1.14"); "1.37-dev" style for unreleased master commits.
   * null only when the release was judged from source code that carries no version.
   */
  kubernetesLine: string | null;
  /** Does rest.InClusterConfig() re-read the token file? */
  reloadsToken: boolean;
  /** Does a kubeconfig tokenFile get re-read? */
  tokenFileReloads: boolean;
  mechanism: ReloadMechanism;
  /** Canonical client-go tag at this code, preferring kubernetes-1.X.Y, then v0.X.Y, then vN.0.0. */
  tag: string | null;
  /** 12-hex client-go commit, when known. */
  commit: string | null;
  resolvedBy: ResolvedBy;
  /** Extra words for the message, e.g. "v0.15.0 is not a published tag". */
  note?: string;
}

export type VersionResolution =
  | { known: true; release: ClientGoRelease }
  | { known: false; reason: string };
