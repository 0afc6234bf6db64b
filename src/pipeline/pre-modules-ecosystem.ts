import type { CandidateFile } from '../discover/candidate-file.js';
import { extractGlideLock } from '../extract/glide-lock.js';
import { extractGlideYaml } from '../extract/glide-yaml.js';
import { extractGodepsJson } from '../extract/godeps-json.js';
import { extractGopkgLock } from '../extract/gopkg-lock.js';
import { extractGopkgToml } from '../extract/gopkg-toml.js';
import { extractGovendorJson } from '../extract/govendor-json.js';
import type { ModuleFilter } from '../extract/go-mod-directives.js';
import type { SkippedLine } from '../model/diagnostic.js';
import type { RefusedSource } from '../model/refused-source.js';
import { emptyPreModulesInputs, resolvePreModulesReferences, type PreModulesInputs } from '../resolve/pre-modules-references.js';
import { refusedSourceReference } from '../resolve/refused-source-reference.js';
import { lineSpan } from '../resolve/source-span.js';
import { clientGoRootOf } from '../resolve/upstream-source.js';
import { kubernetesModuleFilter, stoppedAtClientGoLimit } from './client-go-record-limit.js';
import { reportSkipped, type Ecosystem, type EcosystemContext } from './ecosystem.js';

/**
 * Only files that mention client-go are parsed: a manifest without it cannot make a finding, and a large
 * lock file of an unrelated project should cost a substring search, not a parse.
 */
const CLIENT_GO_MARK = 'client-go';

/** dep (Gopkg.lock, Gopkg.toml), glide (glide.yaml, glide.lock), godep (Godeps.json), govendor (vendor.json). */
export function createPreModulesEcosystem(context: EcosystemContext): Ecosystem {
  const inputs = emptyPreModulesInputs();
  const refused: RefusedSource[] = [];
  return {
    kinds: ['Gopkg.lock', 'Gopkg.toml', 'glide.yaml', 'glide.lock', 'Godeps.json', 'vendor.json'],
    mentionsClient: new RegExp(CLIENT_GO_MARK),
    add: (candidate, text) => {
      if (!text.includes(CLIENT_GO_MARK)) return;
      try {
        const filter = kubernetesModuleFilter();
        const refusal = addPreModulesFile(inputs, candidate, text, context, (name, line) => filter.keep(clientGoRootOf(name) ?? name, line));
        if (refusal) refused.push({ source: candidate.kind, at: lineSpan(candidate.path, refusal.line), reason: `this ${candidate.kind} cannot be read in full: ${refusal.reason}` });
        refused.push(...stoppedAtClientGoLimit(candidate.kind, candidate.path, filter));
      } catch (error) {
        // Extractors keep bad input as skipped lines; this is only for a fault of the gate itself.
        context.diagnostics.push({ file: candidate.path, line: null, message: `${candidate.kind} could not be read: ${error instanceof Error ? error.message : String(error)}` });
      }
    },
    resolve: () => [...resolvePreModulesReferences(inputs, context.diagnostics), ...refused.map(refusedSourceReference)],
  };
}

/**
 * `keep` is asked with each entry's name, as written: a repository (dep, glide) or a package path (glide,
 * godep, govendor). Answers why the file could not be read at all, when so.
 */
function addPreModulesFile(inputs: PreModulesInputs, candidate: CandidateFile, text: string, context: EcosystemContext, keep: ModuleFilter): SkippedLine | undefined {
  const add = <T extends { skipped: SkippedLine[]; refusal?: SkippedLine }>(list: { path: string; records: T }[], records: T): SkippedLine | undefined => {
    list.push({ path: candidate.path, records });
    reportSkipped(context.diagnostics, candidate.path, records.skipped);
    return records.refusal;
  };
  switch (candidate.kind) {
    case 'Gopkg.lock':
      return add(inputs.gopkgLocks, extractGopkgLock(text, keep));
    case 'Gopkg.toml':
      return add(inputs.gopkgTomls, extractGopkgToml(text, keep));
    case 'glide.yaml':
      return add(inputs.glideYamls, extractGlideYaml(text, keep));
    case 'glide.lock':
      return add(inputs.glideLocks, extractGlideLock(text, keep));
    case 'Godeps.json':
      return add(inputs.godeps, extractGodepsJson(text, keep));
    case 'vendor.json':
      return add(inputs.govendors, extractGovendorJson(text, keep));
    default:
      return;
  }
}
