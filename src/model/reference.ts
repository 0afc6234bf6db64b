import type { RelatedLocation, SourceSpan } from './location.js';
import type { SourceKind } from './source-kind.js';
import type { ClientGoRelease } from './release.js';
import type { VersionSite } from './version-site.js';

/** A k8s.io/* module the same manifest requires, used to align the fix command. */
export interface SiblingModule {
  path: string;
  version: string;
}

/** The compiled Go binary whose build info a go-binary reference comes from. */
export interface BuiltBinary {
  /** Its path: relative to the scanned root (POSIX), or inside the image that holds it. */
  path: string;
  /** The toolchain that built it, e.g. `go1.19.8`. */
  goVersion: string;
  /** The main module's path, or null when the build info names none. */
  mainModule: string | null;
  /** The image the binary was found in, as referenced (e.g. on a FROM line), when it came from one. */
  imageReference?: string;
  /** That image's manifest digest (sha256:…), when known. */
  imageDigest?: string;
  /** The module the build info says replaced client-go (`=>`), when one did. */
  replacement?: { path: string; version: string; isDirectory: boolean };
}

/**
 * One client-go reference after Go's resolution rules (replace, go.work) but before the version model.
 * `at` is the place that decided the effective version: the replace line when a replace applies.
 */
export interface ClientGoReference {
  source: SourceKind;
  at: SourceSpan;
  /** The module path as written (k8s.io/client-go or an alias). */
  module: string;
  /** The version as written where the reference is declared (the require line), or null. */
  declared: string | null;
  /** The version that is built, after replaces; null for a local directory or no version. */
  effective: string | null;
  /** The module path that is built, when a replace points elsewhere (a fork); else the same as module. */
  effectiveModule: string;
  /** The replace directive that decided the effective version, when one applies. */
  replacedAt?: { file: string; line: number };
  /** A replace to a directory: its POSIX path relative to the scanned root, or an absolute path as written. */
  localDirectory?: string;
  /** Release already judged from source code (client-go-source findings, or a local replace with source). */
  judgedFromSource?: ClientGoRelease;
  indirect: boolean;
  /** True when the reference is only inferred (go.sum), never proof of what is built. */
  inferred: boolean;
  related: RelatedLocation[];
  /** The manifest's other k8s.io modules, for the fix command. */
  siblings: SiblingModule[];
  /**
   * Why an outdated verdict here is only a warning (kubectl reads the token at every start), or absent.
   * The evaluate stage honours it; settings may raise such findings back to errors.
   */
  warningOnly?: string;
  /** What the reference knows that the message should say (e.g. "replaced on line 12"). */
  notes: string[];
  /** Where the version is written when it is not a module version (Dockerfiles), for the fix wording. */
  versionSite?: VersionSite;
  /** go-binary: the binary whose build info recorded this client-go, for the message and the fix. */
  builtBinary?: BuiltBinary;
}
