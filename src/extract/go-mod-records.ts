import type { SkippedLine } from '../model/diagnostic.js';
import type { TextSpan } from '../model/location.js';

/** A module path and, where written, its version, each with the span of its own token. */
export interface ModuleVersionToken {
  path: string;
  pathSpan: TextSpan;
  /** null when no version is written (left side of a wildcard replace, a directory on the right). */
  version: string | null;
  versionSpan: TextSpan | null;
}

export interface RequireDirective extends ModuleVersionToken {
  version: string;
  versionSpan: TextSpan;
  indirect: boolean;
  /** The line of the whole directive (the require line inside a block). */
  line: number;
}

/** `replace old [v] => new [v]`; a right side without a version is a directory. */
export interface ReplaceDirective {
  old: ModuleVersionToken;
  new: ModuleVersionToken;
  /** True when the right side is a filesystem path (starts with ./, ../, / or a drive letter). */
  newIsDirectory: boolean;
  line: number;
}

export interface ExcludeDirective extends ModuleVersionToken {
  version: string;
  versionSpan: TextSpan;
  line: number;
}

export interface UseDirective {
  directory: string;
  span: TextSpan;
  line: number;
}

/** Everything the gate needs from a go.mod (pure: text in, records out). */
export interface GoModRecords {
  module: { path: string; line: number } | null;
  goVersion: string | null;
  requires: RequireDirective[];
  replaces: ReplaceDirective[];
  excludes: ExcludeDirective[];
  /** Lines that could not be parsed, kept with a reason. Unknown directives are not errors. */
  skipped: SkippedLine[];
}

/** Everything the gate needs from a go.work. */
export interface GoWorkRecords {
  goVersion: string | null;
  uses: UseDirective[];
  replaces: ReplaceDirective[];
  skipped: SkippedLine[];
}

/** One `# path version [=> new [version]]` line of vendor/modules.txt. */
export interface VendoredModule {
  path: string;
  pathSpan: TextSpan;
  /** null for a wildcard replacement line (`# path => …`). */
  version: string | null;
  versionSpan: TextSpan | null;
  replacement: ModuleVersionToken | null;
  replacementIsDirectory: boolean;
  /** A `## explicit` line follows. */
  explicit: boolean;
  line: number;
}

export interface VendorModulesRecords {
  modules: VendoredModule[];
  skipped: SkippedLine[];
}

/** A go.sum line for one module version (the `/go.mod` line is kept apart). */
export interface GoSumEntry {
  path: string;
  version: string;
  versionSpan: TextSpan;
  goModOnly: boolean;
  line: number;
}

export interface GoSumRecords {
  entries: GoSumEntry[];
  skipped: SkippedLine[];
}
