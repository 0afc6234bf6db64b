import path from 'node:path';
import { useDirectoryOf } from './go-work-use-directory.js';
import semver from 'semver';
import type {
  GoModRecords,
  GoSumRecords,
  GoWorkRecords,
  RequireDirective,
  VendorModulesRecords,
  VendoredModule,
} from '../extract/go-mod-records.js';
import type { RelatedLocation } from '../model/location.js';
import type { ClientGoReference, SiblingModule } from '../model/reference.js';
import { isClientGoModule, isStagingModule } from '../model/client-go-module-paths.js';
import { findApplicableReplace, type LocatedReplace } from './replace-rules.js';
import { inFile, lineSpan } from './source-span.js';

export interface ParsedFile<T> {
  /** POSIX path relative to the scanned root. */
  path: string;
  records: T;
}

export interface GoModuleInputs {
  goMods: ParsedFile<GoModRecords>[];
  goWorks: ParsedFile<GoWorkRecords>[];
  goSums: ParsedFile<GoSumRecords>[];
  vendorModules: ParsedFile<VendorModulesRecords>[];
}

/** Every client-go reference the Go-module files make, with go.work and replace rules applied. */
export function collectGoModuleReferences(inputs: GoModuleInputs): ClientGoReference[] {
  const workspaceOf = mapModulesToWorkspaces(inputs.goWorks, new Set(inputs.goMods.map((mod) => path.posix.dirname(mod.path))));
  const localClientGoModules = findLocalClientGoModules(inputs.goMods);
  const goSumByDirectory = new Map(inputs.goSums.map((sum) => [path.posix.dirname(sum.path), sum]));
  const goModByDirectory = new Map(inputs.goMods.map((mod) => [path.posix.dirname(mod.path), mod]));
  const references: ClientGoReference[] = [];
  const usedWorkspaces = new Set<string>();
  for (const goMod of inputs.goMods) {
    if (goMod.records.module && isClientGoModule(goMod.records.module.path)) continue;
    const workspace = workspaceOf.get(path.posix.dirname(goMod.path)) ?? null;
    const goSum = goSumByDirectory.get(path.posix.dirname(goMod.path)) ?? null;
    const found = referencesOfGoMod(goMod, workspace, localClientGoModules, goSum);
    if (found.length > 0 && workspace) usedWorkspaces.add(workspace.path);
    // Loops, not push(...): a spread of a hundred thousand references overflows the stack.
    for (const reference of found) references.push(reference);
  }
  for (const goWork of inputs.goWorks) {
    if (usedWorkspaces.has(goWork.path)) continue;
    for (const reference of orphanReplaceReferences(goWork.path, goWork.records.replaces, null, 'go.work')) references.push(reference);
  }
  for (const vendor of inputs.vendorModules) {
    const owner = goModByDirectory.get(path.posix.dirname(path.posix.dirname(vendor.path))) ?? null;
    for (const reference of referencesOfVendorModules(vendor, owner)) references.push(reference);
  }
  return references;
}

/** Only directories holding a go.mod are mapped: a go.work of a million `use` lines costs no map of them. */
function mapModulesToWorkspaces(goWorks: ParsedFile<GoWorkRecords>[], moduleDirectories: ReadonlySet<string>): Map<string, ParsedFile<GoWorkRecords>> {
  const byModuleDirectory = new Map<string, ParsedFile<GoWorkRecords>>();
  for (const goWork of goWorks) {
    for (const use of goWork.records.uses) {
      const directory = useDirectoryOf(goWork.path, use.directory);
      if (moduleDirectories.has(directory) && !byModuleDirectory.has(directory)) byModuleDirectory.set(directory, goWork);
    }
  }
  return byModuleDirectory;
}

/** Directories whose go.mod declares client-go itself (a workspace `use` of it replaces every required version). */
function findLocalClientGoModules(goMods: ParsedFile<GoModRecords>[]): Set<string> {
  return new Set(
    goMods.filter((mod) => mod.records.module && isClientGoModule(mod.records.module.path)).map((mod) => path.posix.dirname(mod.path)),
  );
}

function siblingsOf(records: GoModRecords): SiblingModule[] {
  return records.requires
    .filter((req) => isStagingModule(req.path) && !isClientGoModule(req.path))
    .map((req) => ({ path: req.path, version: req.version }));
}

function replacesOf(file: string, records: { replaces: GoModRecords['replaces'] }): LocatedReplace[] {
  return records.replaces.map((directive) => ({ file, directive }));
}

function referencesOfGoMod(
  goMod: ParsedFile<GoModRecords>,
  workspace: ParsedFile<GoWorkRecords> | null,
  localClientGoModules: Set<string>,
  goSum: ParsedFile<GoSumRecords> | null,
): ClientGoReference[] {
  const moduleReplaces = replacesOf(goMod.path, goMod.records);
  const workspaceReplaces = workspace ? replacesOf(workspace.path, workspace.records) : [];
  const requires = goMod.records.requires.filter((req) => isClientGoModule(req.path));
  const siblings = siblingsOf(goMod.records);
  const workspaceClientGo = workspace ? workspaceClientGoDirectory(workspace, localClientGoModules) : null;
  if (requires.length > 0) {
    return requires.map((req) =>
      referenceOfRequire(goMod.path, req, moduleReplaces, workspaceReplaces, siblings, workspace, workspaceClientGo),
    );
  }
  const inBuild = goSum !== null && goSum.records.entries.some((entry) => isClientGoModule(entry.path));
  const replaceOnly = orphanReplaceReferences(goMod.path, goMod.records.replaces, siblings, 'go.mod', inBuild);
  if (replaceOnly.length > 0) return replaceOnly;
  return goSum ? inferFromGoSum(goMod, goSum, siblings) : [];
}

function workspaceClientGoDirectory(workspace: ParsedFile<GoWorkRecords>, localClientGoModules: Set<string>): { directory: string; line: number } | null {
  for (const use of workspace.records.uses) {
    const directory = useDirectoryOf(workspace.path, use.directory);
    if (localClientGoModules.has(directory)) return { directory, line: use.line };
  }
  return null;
}

function referenceOfRequire(
  file: string,
  req: RequireDirective,
  moduleReplaces: LocatedReplace[],
  workspaceReplaces: LocatedReplace[],
  siblings: SiblingModule[],
  workspace: ParsedFile<GoWorkRecords> | null,
  workspaceClientGo: { directory: string; line: number } | null,
): ClientGoReference {
  const base: ClientGoReference = {
    source: 'go.mod',
    at: inFile(file, req.versionSpan),
    module: req.path,
    declared: req.version,
    effective: req.version,
    effectiveModule: req.path,
    indirect: req.indirect,
    inferred: false,
    related: [],
    siblings,
    notes: [],
  };
  if (workspace && workspaceClientGo) {
    // A workspace module named k8s.io/client-go is built instead of any required version.
    return {
      ...base,
      source: 'go.work',
      at: lineSpan(workspace.path, workspaceClientGo.line),
      effective: null,
      localDirectory: workspaceClientGo.directory,
      related: [requireLocation(file, req)],
      notes: [`the workspace ${workspace.path} uses the client-go module in ${workspaceClientGo.directory}`],
    };
  }
  const replace = findApplicableReplace(req.path, req.version, moduleReplaces, workspaceReplaces);
  if (!replace) return base;
  return applyReplace(base, replace, requireLocation(file, req));
}

function requireLocation(file: string, req: RequireDirective): RelatedLocation {
  return { file, line: req.line, column: req.versionSpan.column, label: 'require' };
}

function applyReplace(base: ClientGoReference, replace: LocatedReplace, declaredAt: RelatedLocation | null): ClientGoReference {
  const { directive } = replace;
  const target = directive.new;
  const fromWorkspace = replace.file !== base.at.file && base.source === 'go.mod';
  const span = target.versionSpan ?? target.pathSpan;
  const note = `replaced on ${replace.file}:${directive.line}${fromWorkspace ? ' (go.work replaces override the module\'s own)' : ''}`;
  return {
    ...base,
    source: fromWorkspace ? 'go.work' : base.source,
    at: inFile(replace.file, span),
    replacedAt: { file: replace.file, line: directive.line },
    effective: directive.newIsDirectory ? null : target.version,
    effectiveModule: directive.newIsDirectory ? base.module : target.path,
    ...(directive.newIsDirectory ? { localDirectory: localDirectoryOf(replace.file, target.path) } : {}),
    related: declaredAt ? [declaredAt] : [],
    notes: [note],
  };
}

/** A relative replace directory is relative to the file holding the replace; keep absolute ones as written. */
function localDirectoryOf(file: string, directory: string): string {
  const posix = directory.replace(/\\/g, '/');
  if (path.posix.isAbsolute(posix) || /^[A-Za-z]:\//.test(posix)) return posix;
  return path.posix.normalize(path.posix.join(path.posix.dirname(file), posix));
}

/**
 * A replace of client-go in a file that does not require it: it decides the version only if a dependency
 * brings client-go in, which only go.sum can suggest. Without that evidence it is inferred.
 */
function orphanReplaceReferences(
  file: string,
  replaces: GoModRecords['replaces'],
  siblings: SiblingModule[] | null,
  source: 'go.mod' | 'go.work',
  inBuild = false,
): ClientGoReference[] {
  return replaces
    .filter((directive) => isClientGoModule(directive.old.path))
    .map((directive) => {
      const base: ClientGoReference = {
        source,
        at: inFile(file, directive.old.pathSpan),
        module: directive.old.path,
        declared: directive.old.version,
        effective: directive.old.version,
        effectiveModule: directive.old.path,
        indirect: true,
        inferred: !inBuild,
        related: [],
        siblings: siblings ?? [],
        notes: [],
      };
      const replaced = applyReplace(base, { file, directive }, null);
      const why = inBuild
        ? 'client-go is not required directly but go.sum shows a dependency brings it in'
        : 'client-go is not required here; this replace decides its version only if a dependency brings it in';
      return { ...replaced, source, notes: [...replaced.notes, why] };
    });
}

/** go.sum lists every version the module graph touched; Go's MVS builds the highest of those it selects. */
function inferFromGoSum(goMod: ParsedFile<GoModRecords>, goSum: ParsedFile<GoSumRecords>, siblings: SiblingModule[]): ClientGoReference[] {
  const entries = goSum.records.entries.filter((entry) => isClientGoModule(entry.path));
  if (entries.length === 0) return [];
  const withCode = entries.filter((entry) => !entry.goModOnly);
  const pool = withCode.length > 0 ? withCode : entries;
  const chosen = pool.reduce((best, entry) => (compareModuleVersions(entry.version, best.version) > 0 ? entry : best));
  return [
    {
      source: 'go.sum',
      at: inFile(goSum.path, chosen.versionSpan),
      module: chosen.path,
      declared: null,
      effective: chosen.version,
      effectiveModule: chosen.path,
      indirect: true,
      inferred: true,
      related: [{ file: goMod.path, line: goMod.records.module?.line ?? 1, label: 'go.mod without client-go' }],
      siblings,
      notes: [
        `${goMod.path} does not mention client-go; go.sum lists ${describeCount(entries.length, 'client-go version')}, the highest ${withCode.length > 0 ? 'with code' : ''} is taken`.replace(/ +,/, ','),
      ],
    },
  ];
}

function describeCount(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Semantic order as Go's minimal version selection uses it; unparsable versions sort lowest. */
function compareModuleVersions(a: string, b: string): number {
  const left = semver.valid(a.replace(/^v/, ''), { loose: true });
  const right = semver.valid(b.replace(/^v/, ''), { loose: true });
  if (left && right) return semver.compare(left, right);
  return left ? 1 : right ? -1 : a.localeCompare(b);
}

function referencesOfVendorModules(vendor: ParsedFile<VendorModulesRecords>, owner: ParsedFile<GoModRecords> | null): ClientGoReference[] {
  const modules = vendor.records.modules.filter((mod) => isClientGoModule(mod.path));
  const versioned = modules.filter((mod) => mod.version !== null);
  // A wildcard line (`# path => …`) only repeats a replacement when a versioned line exists.
  const chosen = versioned.length > 0 ? versioned : modules;
  const siblings = owner ? siblingsOf(owner.records) : [];
  return chosen.map((mod) => referenceOfVendoredModule(vendor.path, mod, siblings, owner));
}

function referenceOfVendoredModule(file: string, mod: VendoredModule, siblings: SiblingModule[], owner: ParsedFile<GoModRecords> | null): ClientGoReference {
  const replacement = mod.replacement;
  const span = replacement ? (replacement.versionSpan ?? replacement.pathSpan) : (mod.versionSpan ?? mod.pathSpan);
  const related: RelatedLocation[] = owner ? [{ file: owner.path, line: owner.records.module?.line ?? 1, label: 'go.mod' }] : [];
  return {
    source: 'vendor/modules.txt',
    at: inFile(file, span),
    module: mod.path,
    declared: mod.version,
    effective: replacement ? (mod.replacementIsDirectory ? null : replacement.version) : mod.version,
    effectiveModule: replacement && !mod.replacementIsDirectory ? replacement.path : mod.path,
    // modules.txt directories are relative to the main module, the parent of vendor/.
    ...(replacement && mod.replacementIsDirectory ? { localDirectory: localDirectoryOf(path.posix.dirname(file), replacement.path) } : {}),
    indirect: !mod.explicit,
    inferred: false,
    related,
    siblings,
    notes: replacement ? ['vendored with a replacement'] : [],
  };
}
