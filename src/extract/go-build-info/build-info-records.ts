import type { SkippedLine } from '../../model/diagnostic.js';

/** The executable formats whose section or segment tables the reader understands. */
export type ExecutableFormat = 'elf' | 'mach-o' | 'pe';

/** A module as the Go linker recorded it: `mod`, `dep` and `=>` lines of the modinfo text. */
export interface GoModule {
  path: string;
  /** As recorded: a module version, or `(devel)` for the main module and for a directory replacement. */
  version: string;
  /** The go.sum hash (`h1:…`), or null when the line carries none (main module, replaced or local module). */
  sum: string | null;
}

/** The module that replaced a dependency (`=>` line). */
export interface GoModuleReplacement extends GoModule {
  /** True when the replacement is a directory on the build machine (its version is then `(devel)`). */
  isDirectory: boolean;
}

/** A module of the build, with the module that really provided its code when a replace applied. */
export interface GoModuleRecord extends GoModule {
  replacement?: GoModuleReplacement;
}

/** One `build key=value` line (Go 1.18 and later): flags, GOOS/GOARCH, vcs.* and the like. */
export interface GoBuildSetting {
  key: string;
  value: string;
}

/** Build info of a Go binary built in module mode. */
export interface GoBuildInfo {
  ok: true;
  format: ExecutableFormat;
  /** The toolchain that built the binary, e.g. `go1.19.8`. */
  goVersion: string;
  /** The main package's import path (`path` line), or null when the binary does not say. */
  path: string | null;
  /** The main module (`mod` line), or null when the binary does not say (a GOPATH build of Go 1.18+). */
  mainModule: GoModuleRecord | null;
  deps: GoModuleRecord[];
  settings: GoBuildSetting[];
  /** Modinfo lines that could not be read, kept with a reason; line numbers count from 1 in the modinfo text. */
  skipped: SkippedLine[];
}

/** Why a file yields no module list. */
export type GoBuildInfoFailureReason =
  /** Not ELF, Mach-O or PE: a script, a text file, an empty file, another format. */
  | 'not-executable'
  /** An executable without the build info header: not written in Go, or the header was removed. */
  | 'no-build-info'
  /** A table, header or string points past the end of the file. */
  | 'truncated'
  /** Go build info without a module list: a GOPATH build, or a Go older than module support. */
  | 'not-module-build'
  /** The structures are there but do not hold together (impossible sizes, unmapped addresses). */
  | 'malformed'
  /** The bytes could not be read at all (I/O error). */
  | 'unreadable';

export interface GoBuildInfoFailure {
  ok: false;
  reason: GoBuildInfoFailureReason;
  /** A sentence for a diagnostic: what was found and where it stopped. */
  message: string;
  /** The toolchain, when the header was read before the failure (always so for not-module-build). */
  goVersion?: string;
}

export type GoBuildInfoResult = GoBuildInfo | GoBuildInfoFailure;
