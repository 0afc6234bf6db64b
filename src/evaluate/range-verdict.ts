import type { ClientGoReference } from '../model/reference.js';
import type { ClientGoRelease, VersionResolution } from '../model/release.js';
import type { EvaluationContext } from './evaluate-findings.js';
import { decide } from './policy.js';

export interface RangeJudgement {
  /** The reference with the range's story in its notes (and a warning-only reason when the range is mixed). */
  reference: ClientGoReference;
  /** The admitted release the finding is judged and described by. */
  resolution: VersionResolution;
}

/**
 * A range (`^10.0.0`, `~0.17`) is outdated when every release it admits fails, ok when every one passes, and
 * otherwise a warning that names the first release that passes: the range allows a fix without an edit, and
 * the lock, not the range, says which release was built.
 */
export function judgeRange(reference: ClientGoReference, admitted: readonly ClientGoRelease[], context: EvaluationContext): RangeJudgement {
  const range = reference.effective ?? reference.declared ?? 'the range';
  const judged = admitted.map((release) => ({ release, passes: decide(release, release.tag, context.settings.policy, context.floor).verdict === 'ok' }));
  const firstPassing = judged.find((item) => item.passes)?.release;
  const firstFailing = judged.find((item) => !item.passes)?.release;
  const lowest = admitted[0];
  const highest = admitted.at(-1);
  if (!lowest || !highest) return { reference, resolution: { known: false, reason: `no published client-go release satisfies ${range}` } };
  const rule = ruleName(context);
  if (admitted.length === 1) return judgedAt(reference, lowest, `${range} admits only ${lowest.tag}`);
  const span = `${admitted.length} releases, ${lowest.tag} to ${highest.tag}`;
  if (!firstFailing) return judgedAt(reference, lowest, `every release ${range} admits passes ${rule} (${span}); judged at the lowest, ${lowest.tag}`);
  if (!firstPassing) return judgedAt(reference, highest, `no release ${range} admits passes ${rule} (${span}); judged at the highest, ${highest.tag}`);
  const mixed = judgedAt(reference, firstFailing, `${range} admits ${span}; judged at ${firstFailing.tag}, the first that fails ${rule}`);
  return {
    ...mixed,
    reference: { ...mixed.reference, warningOnly: `${range} also admits releases that pass, the first being ${firstPassing.tag}; the lock decides which one is built` },
  };
}

function judgedAt(reference: ClientGoReference, release: ClientGoRelease, note: string): RangeJudgement {
  return { reference: { ...reference, notes: [...reference.notes, note] }, resolution: { known: true, release } };
}

function ruleName(context: EvaluationContext): string {
  const floor = context.floor ? ` and the minimum-version ${context.floor.written}` : '';
  return `the ${context.settings.policy} policy${floor}`;
}
