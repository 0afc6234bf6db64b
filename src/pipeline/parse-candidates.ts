import type { CandidateFile } from '../discover/candidate-file.js';
import { extractGoMod } from '../extract/go-mod.js';
import { extractGoSum } from '../extract/go-sum.js';
import { extractGoWork } from '../extract/go-work.js';
import { extractVendorModulesTxt } from '../extract/vendor-modules-txt.js';
import type { SkippedLine } from '../model/diagnostic.js';
import type { GoModuleInputs } from '../resolve/go-module-references.js';

const EMPTY_SUM = { entries: [], skipped: [] };

/** Files already read, sorted by format. Returns the skipped lines per file for diagnostics. */
export function parseCandidates(files: { candidate: CandidateFile; text: string }[]): { inputs: GoModuleInputs; skipped: { file: string; lines: SkippedLine[] }[] } {
  const inputs: GoModuleInputs = { goMods: [], goWorks: [], goSums: [], vendorModules: [] };
  const skipped: { file: string; lines: SkippedLine[] }[] = [];
  for (const { candidate, text } of files) {
    const file = candidate.path;
    switch (candidate.kind) {
      case 'go.mod': {
        const records = extractGoMod(text);
        inputs.goMods.push({ path: file, records });
        skipped.push({ file, lines: records.skipped });
        break;
      }
      case 'go.work': {
        const records = extractGoWork(text);
        inputs.goWorks.push({ path: file, records });
        skipped.push({ file, lines: records.skipped });
        break;
      }
      case 'go.sum': {
        // go.sum is only ever read for client-go lines; most are large and never mention it.
        const records = text.includes('client-go') ? extractGoSum(text) : EMPTY_SUM;
        inputs.goSums.push({ path: file, records });
        skipped.push({ file, lines: records.skipped });
        break;
      }
      case 'vendor/modules.txt': {
        const records = extractVendorModulesTxt(text);
        inputs.vendorModules.push({ path: file, records });
        skipped.push({ file, lines: records.skipped });
        break;
      }
    }
  }
  return { inputs, skipped };
}
