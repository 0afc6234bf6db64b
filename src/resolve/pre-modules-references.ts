import type { ResolvedReference } from '../evaluate/evaluate-findings.js';
import type { GlideRecords, GodepsRecords, GopkgLockRecords, GopkgTomlRecords, GovendorRecords } from '../extract/pre-modules-records.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { collectDepReferences } from './dep-references.js';
import { collectGlideReferences } from './glide-references.js';
import type { ParsedFile } from './go-module-references.js';
import { godepsReference, govendorReference } from './vendored-package-references.js';

export interface PreModulesInputs {
  gopkgLocks: ParsedFile<GopkgLockRecords>[];
  gopkgTomls: ParsedFile<GopkgTomlRecords>[];
  glideYamls: ParsedFile<GlideRecords>[];
  glideLocks: ParsedFile<GlideRecords>[];
  godeps: ParsedFile<GodepsRecords>[];
  govendors: ParsedFile<GovendorRecords>[];
}

export function emptyPreModulesInputs(): PreModulesInputs {
  return { gopkgLocks: [], gopkgTomls: [], glideYamls: [], glideLocks: [], godeps: [], govendors: [] };
}

/**
 * Every client-go reference of dep, glide, godep and govendor files, each judged through the foundation's
 * version model. Repeated entries and conflicting fields become diagnostics; the first entry is judged.
 * A fault in one family's files is reported against them and the others are still judged.
 */
export function resolvePreModulesReferences(inputs: PreModulesInputs, diagnostics: Diagnostic[]): ResolvedReference[] {
  const guarded = (files: readonly ParsedFile<unknown>[], judge: () => ResolvedReference[]): ResolvedReference[] => {
    try {
      return judge();
    } catch (error) {
      const message = `could not be judged: ${error instanceof Error ? error.message : String(error)}`;
      for (const file of files) diagnostics.push({ file: file.path, line: null, message });
      return [];
    }
  };
  return [
    ...guarded([...inputs.gopkgLocks, ...inputs.gopkgTomls], () => collectDepReferences(inputs.gopkgLocks, inputs.gopkgTomls, diagnostics)),
    ...guarded([...inputs.glideLocks, ...inputs.glideYamls], () => collectGlideReferences(inputs.glideLocks, inputs.glideYamls, diagnostics)),
    ...inputs.godeps.flatMap((file) => guarded([file], () => [godepsReference(file, diagnostics)].filter(isReference))),
    ...inputs.govendors.flatMap((file) => guarded([file], () => [govendorReference(file, diagnostics)].filter(isReference))),
  ];
}

function isReference(item: ResolvedReference | null): item is ResolvedReference {
  return item !== null;
}
