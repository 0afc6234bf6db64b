import path from 'node:path';
import type { ClientGoReference } from '../../model/reference.js';
import type { SourceKind } from '../../model/source-kind.js';
import { findTag } from '../../resolve/client-go-index.js';
import type { FixPhrasing, FixTarget } from './fix-target.js';

const CLIENT_GO = 'k8s.io/client-go';

type PreModulesKind = Extract<SourceKind, 'Gopkg.lock' | 'Gopkg.toml' | 'glide.yaml' | 'glide.lock' | 'Godeps.json' | 'vendor.json'>;

/** A lock names the code by tag and commit; these are what the pre-modules tools check out. */
interface LockPin {
  tag: string;
  commit: string | null;
}

/**
 * Gopkg.lock/toml, glide.yaml/lock, Godeps.json, vendor.json: the way out (Go modules, aligned with the other
 * k8s.io repositories) first, then the smallest change in the tool the team uses today.
 */
export const preModulesFix: FixPhrasing = (reference, target) => {
  const kind = reference.source as PreModulesKind;
  const pin = lockPinOf(target);
  return `${migration(reference, target, kind)} If you cannot migrate yet: ${smallestLockChange(reference, kind, pin)}${forkAdvice(reference)}`;
};

function migration(reference: ClientGoReference, { tag, semverAlternative }: FixTarget, kind: PreModulesKind): string {
  const modules = [...new Set([CLIENT_GO, ...reference.siblings.map((sibling) => sibling.path)])];
  const goGet = `go get ${modules.map((module) => `${module}@${tag}`).join(' ')}`;
  const alternative = semverAlternative ? ` (or, with semantic-version tags, ${semverAlternative})` : '';
  const where = projectDirectoryOf(reference.at.file, kind);
  const place = where === '.' ? 'the repository root' : where;
  return `Migrate ${place} to Go modules: \`go mod init <import path>\`, then \`${goGet} && go mod tidy\`${alternative}, and remove ${MANAGER_FILES[kind]}.`;
}

const MANAGER_FILES: Record<PreModulesKind, string> = {
  'Gopkg.lock': 'Gopkg.toml and Gopkg.lock',
  'Gopkg.toml': 'Gopkg.toml and Gopkg.lock',
  'glide.yaml': 'glide.yaml and glide.lock',
  'glide.lock': 'glide.yaml and glide.lock',
  'Godeps.json': 'Godeps/',
  'vendor.json': 'vendor/vendor.json',
};

/** The project a manifest belongs to: Godeps.json sits in Godeps/, vendor.json in vendor/. */
function projectDirectoryOf(file: string, kind: PreModulesKind): string {
  const directory = path.posix.dirname(file);
  return kind === 'Godeps.json' || kind === 'vendor.json' ? path.posix.dirname(directory) : directory;
}

function smallestLockChange(reference: ClientGoReference, kind: PreModulesKind, pin: LockPin): string {
  const commit = pin.commit ? `commit ${pin.commit} (${pin.tag})` : pin.tag;
  const siblings = sameTagFor(reference);
  switch (kind) {
    case 'Gopkg.lock':
    case 'Gopkg.toml':
      return (
        `in Gopkg.toml set \`version = "${pin.tag}"\` in the [[constraint]] for ${reference.module} (an [[override]] if a dependency constrains it too)${siblings}, ` +
        `then run \`dep ensure -update ${reference.module}\`; Gopkg.lock then pins ${commit}.`
      );
    case 'glide.yaml':
    case 'glide.lock':
      return `in glide.yaml set \`version: ${pin.tag}\` for ${reference.module}${siblings}, then run \`glide update\`; glide.lock then pins ${commit}.`;
    case 'Godeps.json':
      return `check out ${pin.tag}${pin.commit ? ` (commit ${pin.commit})` : ''} in $GOPATH/src/${reference.module}${siblings}, then run \`godep update ${reference.module}/...\`; every client-go entry of Godeps.json then has that Rev.`;
    case 'vendor.json':
      return `run \`govendor fetch ${reference.module}/...@${pin.tag}\`${siblings}; vendor.json then pins ${commit}.`;
  }
}

/** Locks are written with kubernetes-1.X.Y tags: every release has one, and the v0.X.Y twin is the same commit. */
function lockPinOf({ tag, release }: FixTarget): LockPin {
  const twin = tag.startsWith('v0.') ? findTag(`kubernetes-1.${tag.slice('v0.'.length)}`) : undefined;
  const lockTag = twin && (release.commit === null || twin.commit.commit === release.commit) ? twin.name : tag;
  return { tag: lockTag, commit: release.commit ?? findTag(lockTag)?.commit.commit ?? null };
}

function sameTagFor(reference: ClientGoReference): string {
  const siblings = [...new Set(reference.siblings.map((sibling) => sibling.path))];
  if (siblings.length === 0) return '';
  return `, with the same tag for ${siblings.join(', ')}`;
}

function forkAdvice(reference: ClientGoReference): string {
  if (reference.effectiveModule === reference.module) return '';
  return ` The fork ${reference.effectiveModule} must include kubernetes/kubernetes#77613, or point ${reference.module} back at upstream.`;
}
