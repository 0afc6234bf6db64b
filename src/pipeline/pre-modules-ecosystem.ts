import type { CandidateFile } from '../discover/candidate-file.js';
import { extractGlideLock } from '../extract/glide-lock.js';
import { extractGlideYaml } from '../extract/glide-yaml.js';
import { extractGodepsJson } from '../extract/godeps-json.js';
import { extractGopkgLock } from '../extract/gopkg-lock.js';
import { extractGopkgToml } from '../extract/gopkg-toml.js';
import { extractGovendorJson } from '../extract/govendor-json.js';
import type { SkippedLine } from '../model/diagnostic.js';
import { emptyPreModulesInputs, resolvePreModulesReferences, type PreModulesInputs } from '../resolve/pre-modules-references.js';
import { reportSkipped, type Ecosystem, type EcosystemContext } from './ecosystem.js';

/**
 * Only files that mention client-go are parsed: a manifest without it cannot make a finding, and a large
 * lock file of an unrelated project should cost a substring search, not a parse.
 */
const CLIENT_GO_MARK = 'client-go';

/** dep (Gopkg.lock, Gopkg.toml), glide (glide.yaml, glide.lock), godep (Godeps.json), govendor (vendor.json). */
export function createPreModulesEcosystem(context: EcosystemContext): Ecosystem {
  const inputs = emptyPreModulesInputs();
  return {
    kinds: ['Gopkg.lock', 'Gopkg.toml', 'glide.yaml', 'glide.lock', 'Godeps.json', 'vendor.json'],
    mentionsClient: new RegExp(CLIENT_GO_MARK),
    add: (candidate, text) => {
      if (!text.includes(CLIENT_GO_MARK)) return;
      try {
        addPreModulesFile(inputs, candidate, text, context);
      } catch (error) {
        // Extractors keep bad input as skipped lines; this is only for a fault of the gate itself.
        context.diagnostics.push({ file: candidate.path, line: null, message: `${candidate.kind} could not be read: ${error instanceof Error ? error.message : String(error)}` });
      }
    },
    resolve: () => resolvePreModulesReferences(inputs, context.diagnostics),
  };
}

function addPreModulesFile(inputs: PreModulesInputs, candidate: CandidateFile, text: string, context: EcosystemContext): void {
  const keep = <T extends { skipped: SkippedLine[] }>(list: { path: string; records: T }[], records: T): void => {
    list.push({ path: candidate.path, records });
    reportSkipped(context.diagnostics, candidate.path, records.skipped);
  };
  switch (candidate.kind) {
    case 'Gopkg.lock':
      return keep(inputs.gopkgLocks, extractGopkgLock(text));
    case 'Gopkg.toml':
      return keep(inputs.gopkgTomls, extractGopkgToml(text));
    case 'glide.yaml':
      return keep(inputs.glideYamls, extractGlideYaml(text));
    case 'glide.lock':
      return keep(inputs.glideLocks, extractGlideLock(text));
    case 'Godeps.json':
      return keep(inputs.godeps, extractGodepsJson(text));
    case 'vendor.json':
      return keep(inputs.govendors, extractGovendorJson(text));
    default:
      return;
  }
}
