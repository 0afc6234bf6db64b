import type { ResolvedReference } from '../evaluate/evaluate-findings.js';
import type { GodepsRecords, GovendorRecords, LocatedText } from '../extract/pre-modules-records.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SiblingModule } from '../model/reference.js';
import type { VersionResolution } from '../model/release.js';
import type { SourceKind } from '../model/source-kind.js';
import { findTag } from './client-go-index.js';
import { isClientGoModule, isStagingModule } from '../model/client-go-module-paths.js';
import type { ParsedFile } from './go-module-references.js';
import { judgeFirstKnown, pinnedReference, pinsOf, reportRepeated, uniqueSiblings, unknownReference, type Pin } from './pre-modules-pins.js';
import { clientGoRootOf, k8sRepositoryOf } from './upstream-source.js';

/** One vendored package as godep or govendor lists it, in the terms both share. */
interface VendoredPackage {
  path: LocatedText;
  /** The commit, then anything exact enough to stand in for it. */
  pins: Pin[];
  /** What the manifest says in words (Comment, versionExact, version). */
  declared: string | null;
  /** A hint the verdict never rests on (godep's `git describe` Comment). */
  hint: string | null;
  /** Where the copy came from when not upstream client-go (govendor `origin`). */
  fork: string | null;
  line: number;
}

/** The package whose code reads the token: it decides when the packages of one file disagree. */
const TOKEN_READING_PACKAGE = 'rest';

export function godepsReference(file: ParsedFile<GodepsRecords>, diagnostics: Diagnostic[]): ResolvedReference | null {
  const packages = file.records.dependencies.map((dependency) => ({
    path: dependency.importPath,
    pins: pinsOf([['Rev', dependency.rev]]),
    declared: dependency.comment?.text ?? null,
    hint: dependency.comment?.text ?? null,
    fork: null,
    line: dependency.line,
  }));
  return vendoredPackagesReference('Godeps.json', file.path, packages, diagnostics);
}

export function govendorReference(file: ParsedFile<GovendorRecords>, diagnostics: Diagnostic[]): ResolvedReference | null {
  const packages = file.records.packages.map((item) => ({
    path: item.path,
    // versionExact is the tag or branch govendor fetched the revision from: exact enough to stand in for it.
    pins: pinsOf([['revision', item.revision], ['versionExact', item.versionExact]]),
    declared: (item.versionExact ?? item.version)?.text ?? null,
    hint: null,
    fork: item.origin !== null && clientGoRootOf(item.origin) === null ? item.origin : null,
    line: item.line,
  }));
  return vendoredPackagesReference('vendor.json', file.path, packages, diagnostics);
}

/**
 * godep and govendor list every package, so one file holds dozens of client-go entries at one commit. They make
 * one finding, at the first entry, unless the entries disagree: then the rest package, which reads the token, decides.
 */
function vendoredPackagesReference(source: SourceKind, file: string, all: readonly VendoredPackage[], diagnostics: Diagnostic[]): ResolvedReference | null {
  const clientGo = uniqueByPath(all.filter((item) => clientGoRootOf(item.path.text) !== null), file, diagnostics);
  const [first] = clientGo;
  if (!first) return null;
  const root = clientGoRootOf(first.path.text) ?? first.path.text;
  const commits = new Set(clientGo.map((item) => item.pins[0]?.value.text.toLowerCase() ?? ''));
  const deciding = commits.size > 1 ? (clientGo.find((item) => item.path.text === `${root}/${TOKEN_READING_PACKAGE}`) ?? first) : first;
  const parts = {
    source,
    file,
    module: root,
    fork: deciding.fork,
    declared: deciding.declared,
    siblings: siblingsOf(all),
    notes: [packageCountNote(clientGo.length, commits.size, deciding, first)],
  };
  const judged = judgeFirstKnown(deciding.pins, deciding.fork);
  if (!judged) return unknownReference(parts, deciding.path.span, `the entry for ${deciding.path.text} gives no revision`);
  return pinnedReference(parts, { ...judged, resolution: withHint(judged.resolution, deciding.hint), notes: [...judged.notes, ...hintNote(judged.resolution, deciding.hint)] });
}

function uniqueByPath(packages: readonly VendoredPackage[], file: string, diagnostics: Diagnostic[]): VendoredPackage[] {
  const byPath = new Map<string, VendoredPackage[]>();
  // Appended in place: copying the list per entry made a file repeating one package quadratic (16 MiB: 200 s).
  for (const item of packages) {
    const entries = byPath.get(item.path.text);
    if (entries) entries.push(item);
    else byPath.set(item.path.text, [item]);
  }
  for (const [packagePath, entries] of byPath) reportRepeated(entries, (entry) => entry.line, packagePath, file, diagnostics);
  return [...byPath.values()].flatMap((entries) => entries.slice(0, 1));
}

function packageCountNote(count: number, commits: number, deciding: VendoredPackage, first: VendoredPackage): string {
  const packages = `${count} client-go package${count === 1 ? '' : 's'} listed`;
  if (commits <= 1) return count === 1 ? packages : `${packages}, all at this revision`;
  const which = deciding === first ? `the first, ${first.path.text}` : `${deciding.path.text}, the package that reads the token`;
  return `${packages} at ${commits} different revisions; judged by ${which}`;
}

/** git describe output (`v8.0.0`, `v8.0.0-3-g1a2b3c4`) names the nearest tag, not necessarily the code: a hint only. */
function hintNote(resolution: VersionResolution, hint: string | null): string[] {
  if (hint === null || !resolution.known) return [];
  const tag = findTag(hint);
  if (tag && tag.commit.commit === resolution.release.commit) return [];
  return [`its Comment ${hint} (git describe output) is only a hint; the Rev decides`];
}

function withHint(resolution: VersionResolution, hint: string | null): VersionResolution {
  if (hint === null || resolution.known) return resolution;
  return { known: false, reason: `${resolution.reason}; its Comment says ${hint} (git describe output), which the gate does not judge by` };
}

function siblingsOf(packages: readonly VendoredPackage[]): SiblingModule[] {
  return uniqueSiblings(
    packages.flatMap((item) => {
      const repository = k8sRepositoryOf(item.path.text);
      const version = item.declared ?? item.pins[0]?.value.text;
      if (!repository || !isStagingModule(repository) || isClientGoModule(repository) || !version) return [];
      return [{ path: repository, version }];
    }),
  );
}
