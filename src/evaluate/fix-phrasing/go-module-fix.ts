import type { ClientGoReference } from '../../model/reference.js';
import type { FixPhrasing } from './fix-target.js';

/** `go get` of client-go and the repository's other k8s.io modules at one tag. */
export function goGet(reference: ClientGoReference, tag: string): string {
  const modules = ['k8s.io/client-go', ...reference.siblings.map((sibling) => sibling.path)];
  return `go get ${[...new Set(modules)].map((module) => `${module}@${tag}`).join(' ')}`;
}

/** go.mod, go.work, vendor/modules.txt, go.sum and in-tree source: `go get`, or the replace to edit. */
export const goModuleFix: FixPhrasing = (reference, { tag, semverAlternative }) => {
  const alternative = semverAlternative ? ` (or, with semantic-version tags, ${semverAlternative})` : '';
  const tidy = reference.source === 'vendor/modules.txt' ? ' && go mod tidy && go mod vendor' : ' && go mod tidy';
  if (reference.localDirectory !== undefined) {
    return `Update the client-go source in ${reference.localDirectory} to ${tag}${alternative} or later, or replace it with the upstream module: \`k8s.io/client-go => k8s.io/client-go ${tag}\`.`;
  }
  if (reference.replacedAt) {
    const where = `${reference.replacedAt.file}:${reference.replacedAt.line}`;
    const fork =
      reference.effectiveModule !== reference.module && reference.effectiveModule !== 'k8s.io/client-go'
        ? ` The fork ${reference.effectiveModule} must include kubernetes/kubernetes#77613, or point the replace at upstream.`
        : '';
    return `Change the replace on ${where} to \`${reference.module} => k8s.io/client-go ${tag}\`${alternative}, then \`${goGet(reference, tag)}${tidy}\`.${fork}`;
  }
  return `Run \`${goGet(reference, tag)}${tidy}\`${alternative}.`;
};
