import type { SkippedLine } from '../model/diagnostic.js';
import type { TextSpan } from '../model/location.js';
import type { SiblingModule } from '../model/reference.js';
import type { VersionSite } from '../model/version-site.js';

/** A place a version passes through on its way to the use: the `${VAR}` in a RUN, a stage's `ARG VAR`. */
export interface DockerfileRelatedLine {
  line: number;
  column: number;
  label: string;
}

/** A version found in a Dockerfile, after ARG, ENV and build-arg expansion. */
export interface DockerfileVersion {
  /** The version text, or null when it cannot be known from the file and the settings. */
  value: string | null;
  /** As written at the use: `${CLIENT_GO_VERSION}`, `v${K8S}`, `v1.13.6`. */
  written: string;
  /** Where the version's characters are: the literal, or the ARG/ENV default they come from. */
  at: TextSpan;
  /** The ARG or ENV whose value holds the version text; for an unknown version, the ARG that needs a value. */
  variable: { keyword: 'ARG' | 'ENV'; name: string; line: number; holds: { start: number; end: number } } | null;
  /** The build arg that supplied the version, when one did. */
  buildArg: string | null;
  related: DockerfileRelatedLine[];
  /** Why the version cannot be known, naming the variable to pass; null when value is set. */
  unknownReason: string | null;
}

/** A Kubernetes program whose client-go is the one of its Kubernetes release. */
export type KubernetesComponent =
  | 'kubectl'
  | 'kube-apiserver'
  | 'kube-controller-manager'
  | 'kube-scheduler'
  | 'kube-proxy'
  | 'kubelet'
  | 'hyperkube'
  /** kubernetes-server-*.tar.gz: the control-plane binaries. */
  | 'kubernetes-server'
  /** kubernetes-node-*.tar.gz: kubelet and kube-proxy. */
  | 'kubernetes-node'
  /** kubernetes/kubernetes source: a clone, an archive, kubernetes.tar.gz. */
  | 'kubernetes';

/** One client-go (or client-go-based Kubernetes program) a Dockerfile brings into an image. */
export interface DockerfileReferenceRecord {
  carrier: Exclude<VersionSite['carrier'], 'built-module'>;
  scheme: VersionSite['scheme'];
  /** What the version belongs to: k8s.io/client-go, kubernetes/client-go (git), kubectl, an image repository. */
  subject: string;
  component: KubernetesComponent | null;
  /** The instruction that uses the version. */
  keyword: string;
  line: number;
  /** The text around the version after expansion: the URL, the image reference, module@version. */
  context: string;
  version: DockerfileVersion;
  /** Other k8s.io staging modules the same `go` command names, for the fix. */
  siblings: SiblingModule[];
  /** module-replace: what `go mod edit -replace` puts in client-go's place. */
  replacement?: { module: string | null; directory: string | null };
  notes: string[];
}

/** A build stage that copies a go.mod from the build context and compiles it. */
export interface GoBuildStageRecord {
  /** 1-based line of the stage's FROM, and its name. */
  stageLine: number;
  stageName: string | null;
  /** Build-context paths the stage copies (COPY/ADD sources, RUN --mount=type=bind), POSIX as written. */
  copies: { source: string; line: number }[];
  /** The first `go build` / `go install` without @version. */
  build: { at: TextSpan; command: string };
}

/** A CMD or ENTRYPOINT that keeps kubectl running (proxy, port-forward, --watch, logs -f). */
export interface LongRunningKubectl {
  line: number;
  use: string;
}

/** An image a stage starts FROM or copies files from, for inspecting what is inside it. */
export interface DockerfileImageRecord {
  keyword: 'FROM' | 'COPY';
  line: number;
  /** Where the image reference is written (its first characters, after expansion). */
  at: TextSpan;
  /** The reference after ARG expansion. */
  reference: string;
  /** Why the reference cannot be used as it is (a variable without a value), or null. */
  unresolved: string | null;
  /** FROM --platform, expanded; null when not given or not resolvable. */
  platform: string | null;
}

export interface DockerfileRecords {
  references: DockerfileReferenceRecord[];
  images: DockerfileImageRecord[];
  goBuildStages: GoBuildStageRecord[];
  longRunningKubectl: LongRunningKubectl[];
  skipped: SkippedLine[];
}
