import type { DecidingRule, Verdict } from '../model/finding.js';
import type { ClientGoRelease } from '../model/release.js';
import type { PolicyName } from '../model/settings.js';
import { bearerTokenFileFixFor, describeRelease, describeReload } from './reload-wording.js';
import { compareKubernetesVersions } from '../resolve/kubernetes-version.js';

/** The documented rule: client-go v11.0.0 / v0.15.0 and later, i.e. Kubernetes 1.14 and later. */
export const DOCUMENTED_MINIMUM_LINE = '1.14';
const DOCUMENTED_RULE = 'the documented minimum (Kubernetes 1.14: client-go v11.0.0 / v0.15.0)';

/** An extra floor from minimum-version, already resolved to a Kubernetes version. */
export interface Floor {
  written: string;
  kubernetes: string;
}

export interface PolicyDecision {
  verdict: Verdict;
  rule: DecidingRule;
  explanation: string;
}

interface Facts {
  subject: string;
  /** null when the release carries no version (judged from source alone). */
  meetsDocumented: boolean | null;
  reloads: boolean;
  reload: string;
  fixedIn: string;
}

/** Which rule decides, and the sentence that says so, including where the policies disagree. */
export function decide(release: ClientGoRelease, written: string | null, policy: PolicyName, floor: Floor | null): PolicyDecision {
  const facts: Facts = {
    subject: describeRelease(written, release),
    meetsDocumented: release.kubernetesLine === null ? null : compareKubernetesVersions(release.kubernetesLine, DOCUMENTED_MINIMUM_LINE) >= 0,
    reloads: release.reloadsToken,
    reload: describeReload(release.mechanism),
    fixedIn: bearerTokenFileFixFor(release.kubernetesLine),
  };
  const byPolicy = decideByPolicy(facts, policy);
  if (byPolicy.verdict !== 'ok' || !floor) return byPolicy;
  return applyFloor(byPolicy, release, facts, floor);
}

function decideByPolicy(facts: Facts, policy: PolicyName): PolicyDecision {
  switch (policy) {
    case 'strict':
      return decideStrict(facts);
    case 'documented':
      return decideDocumented(facts);
    case 'reload':
      return decideReload(facts);
  }
}

function decideStrict(facts: Facts): PolicyDecision {
  const { subject, reload } = facts;
  if (facts.meetsDocumented === false) {
    const disagreement = facts.reloads ? `, although this release ${reload} (the reload policy passes it)` : ` and ${reload}`;
    return outdated('documented-minimum', `${subject} is below ${DOCUMENTED_RULE}${disagreement}.`);
  }
  if (!facts.reloads) {
    const documented = facts.meetsDocumented ? `meets ${DOCUMENTED_RULE}, but it ` : '';
    const pass = facts.meetsDocumented ? ' The documented policy alone would pass it.' : '';
    return outdated('in-cluster-reload', `${subject} ${documented}${reload}${dropFixNote(reload, facts.fixedIn)}.${pass}`);
  }
  const noVersion = facts.meetsDocumented === null ? ' Its version is not known, so it is judged by the code alone.' : '';
  return ok(`${subject} ${reload}.${noVersion}`);
}

function decideDocumented(facts: Facts): PolicyDecision {
  const { subject, reload } = facts;
  if (facts.meetsDocumented === null) {
    return {
      verdict: 'unknown',
      rule: 'unknown-version',
      explanation: `${subject} has no version to compare with ${DOCUMENTED_RULE}; its code ${reload} (the strict and reload policies judge the code).`,
    };
  }
  if (!facts.meetsDocumented) {
    const disagreement = facts.reloads ? `, although this release ${reload} (the reload policy passes it)` : '';
    return outdated('documented-minimum', `${subject} is below ${DOCUMENTED_RULE}${disagreement}.`);
  }
  const disagreement = facts.reloads ? '' : ` Note: it ${reload}${dropFixNote(reload, facts.fixedIn)}; the strict policy fails it.`;
  return ok(`${subject} meets ${DOCUMENTED_RULE}.${disagreement}`);
}

function decideReload(facts: Facts): PolicyDecision {
  const { subject, reload } = facts;
  if (!facts.reloads) return outdated('in-cluster-reload', `${subject} ${reload}${dropFixNote(reload, facts.fixedIn)}.`);
  const disagreement = facts.meetsDocumented === false ? ` It is below ${DOCUMENTED_RULE}, which the strict and documented policies require.` : '';
  return ok(`${subject} ${reload}.${disagreement}`);
}

function dropFixNote(reload: string, fixedIn: string): string {
  return reload.includes('#77613') ? ` (${fixedIn})` : '';
}

function applyFloor(decision: PolicyDecision, release: ClientGoRelease, facts: Facts, floor: Floor): PolicyDecision {
  const version = release.kubernetes ?? release.kubernetesLine;
  if (version === null) {
    return {
      verdict: 'unknown',
      rule: 'minimum-version',
      explanation: `${facts.subject} passes the policy, but it has no version to compare with the minimum-version ${floor.written} (Kubernetes ${floor.kubernetes}).`,
    };
  }
  if (compareKubernetesVersions(version, floor.kubernetes) >= 0) return decision;
  return outdated('minimum-version', `${facts.subject} passes the policy but is below the minimum-version ${floor.written} (Kubernetes ${floor.kubernetes}).`);
}

function outdated(rule: DecidingRule, explanation: string): PolicyDecision {
  return { verdict: 'outdated', rule, explanation };
}

function ok(explanation: string): PolicyDecision {
  return { verdict: 'ok', rule: 'passes', explanation };
}
