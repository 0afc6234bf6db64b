import type { SkippedLine } from '../model/diagnostic.js';
import type { TextSpan } from '../model/location.js';

/** A string value of a manifest and the span of its text (inside the quotes when it is quoted). */
export interface LocatedText {
  text: string;
  span: TextSpan;
}

/** One `[[projects]]` table of a Gopkg.lock (dep). */
export interface DepLockedProject {
  name: LocatedText;
  /** A full commit, or sometimes tag text (`kubernetes-1.13.3`). */
  revision: LocatedText | null;
  version: LocatedText | null;
  branch: LocatedText | null;
  /** Where dep fetched the project from, when not from its name (often a fork). */
  source: LocatedText | null;
  packages: string[];
  /** The line of the `[[projects]]` header. */
  line: number;
}

export interface GopkgLockRecords {
  projects: DepLockedProject[];
  skipped: SkippedLine[];
  /** Why the file was not read at all (a shape too large to parse in bounded work): an `unknown` finding, not a diagnostic. */
  refusal?: SkippedLine;
}

/** `[[constraint]]` limits what dep may pick; `[[override]]` wins over every constraint in the dependency graph. */
export type DepRuleKind = 'constraint' | 'override';

/** One `[[constraint]]` or `[[override]]` table of a Gopkg.toml. */
export interface DepRule {
  kind: DepRuleKind;
  name: LocatedText;
  /** A tag or a semver range (`~0.17`, `^10.0.0`; dep reads a bare version as `^version`). */
  version: LocatedText | null;
  branch: LocatedText | null;
  revision: LocatedText | null;
  source: LocatedText | null;
  line: number;
}

export interface GopkgTomlRecords {
  rules: DepRule[];
  skipped: SkippedLine[];
  /** As for GopkgLockRecords. */
  refusal?: SkippedLine;
}

/** glide.yaml `import` / glide.lock `imports` hold what the program builds; the test lists only what its tests build. */
export type GlideSection = 'import' | 'testImport' | 'imports' | 'testImports';

/** One entry of glide.yaml (`package:`) or glide.lock (`name:`). */
export interface GlideDependency {
  section: GlideSection;
  /** `package` in glide.yaml, `name` in glide.lock. */
  name: LocatedText;
  /** glide.yaml: a tag, branch, semver range or commit; glide.lock: the full commit. */
  version: LocatedText | null;
  /** Where glide fetched it from, when not from its name (often a fork). */
  repo: LocatedText | null;
  subpackages: string[];
  /** The line where the entry starts. */
  line: number;
}

export interface GlideRecords {
  dependencies: GlideDependency[];
  skipped: SkippedLine[];
  /** Why the file was not read at all (a shape too large to parse in bounded work): an `unknown` finding, not a diagnostic. */
  refusal?: SkippedLine;
}

/** One `Deps[]` entry of Godeps/Godeps.json: godep records every package, not every repository. */
export interface GodepsDependency {
  importPath: LocatedText;
  rev: LocatedText | null;
  /** `git describe` output at Rev (`v8.0.0`, `kubernetes-1.13.3-2-gabcdef0`): a hint, never a verdict. */
  comment: LocatedText | null;
  /** The line of the entry's opening brace. */
  line: number;
}

export interface GodepsRecords {
  /** The project's own import path (`ImportPath` at the top). */
  importPath: string | null;
  dependencies: GodepsDependency[];
  skipped: SkippedLine[];
}

/** One `package[]` entry of vendor/vendor.json (govendor), one per package. */
export interface GovendorPackage {
  path: LocatedText;
  revision: LocatedText | null;
  revisionTime: string | null;
  /** The version asked for (`v1`, `release-7.0`). */
  version: LocatedText | null;
  /** The exact tag or branch the revision came from. */
  versionExact: LocatedText | null;
  /** The package this copy was taken from, when not its own path (another project's vendor/, a fork). */
  origin: string | null;
  line: number;
}

export interface GovendorRecords {
  /** The project's own import path (`rootPath`). */
  rootPath: string | null;
  packages: GovendorPackage[];
  skipped: SkippedLine[];
}
