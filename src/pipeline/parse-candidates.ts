import type { CandidateFile } from '../discover/candidate-file.js';
import { extractGoMod } from '../extract/go-mod.js';
import { extractGoSum } from '../extract/go-sum.js';
import { extractGoWork } from '../extract/go-work.js';
import { extractVendorModulesTxt } from '../extract/vendor-modules-txt.js';
import type { Diagnostic, SkippedLine } from '../model/diagnostic.js';
import type { GoModuleInputs } from '../resolve/go-module-references.js';
import { readTextFile } from './read-text-file.js';

const EMPTY_SUM = { entries: [], skipped: [] };

export function emptyInputs(): GoModuleInputs {
  return { goMods: [], goWorks: [], goSums: [], vendorModules: [] };
}

/**
 * Reads one candidate and files its records under its format. The text is dropped as soon as it is
 * parsed, so a scan holds records, never every file at once. Returns whether the file was read.
 */
export function readAndParseCandidate(candidate: CandidateFile, inputs: GoModuleInputs, diagnostics: Diagnostic[]): boolean {
  const read = readTextFile(candidate.absolutePath);
  if (!read.ok) {
    diagnostics.push({ file: candidate.path, line: null, message: `${candidate.kind} ${read.reason}` });
    return false;
  }
  const file = candidate.path;
  const keep = (skipped: SkippedLine[]): void => {
    for (const line of skipped) diagnostics.push({ file, line: line.line, message: line.reason });
  };
  switch (candidate.kind) {
    case 'go.mod': {
      const records = extractGoMod(read.text);
      inputs.goMods.push({ path: file, records });
      keep(records.skipped);
      break;
    }
    case 'go.work': {
      const records = extractGoWork(read.text);
      inputs.goWorks.push({ path: file, records });
      keep(records.skipped);
      break;
    }
    case 'go.sum': {
      // go.sum is only ever read for client-go lines; most are large and never mention it.
      const records = read.text.includes('client-go') ? extractGoSum(read.text, { onlyLinesContaining: 'client-go' }) : EMPTY_SUM;
      inputs.goSums.push({ path: file, records });
      keep(records.skipped);
      break;
    }
    case 'vendor/modules.txt': {
      const records = extractVendorModulesTxt(read.text);
      inputs.vendorModules.push({ path: file, records });
      keep(records.skipped);
      break;
    }
  }
  return true;
}
