import { imageName } from '../../resolve/go-binary-references.js';
import type { FixPhrasing } from './fix-target.js';
import { goGet, goModuleFix } from './go-module-fix.js';

/**
 * Go binaries: the change goes into the main module the build info names, then the binary (and the image
 * holding it) is rebuilt; the binary itself is never the thing to edit.
 */
export const goBinaryFix: FixPhrasing = (reference, target) => {
  const binary = reference.builtBinary;
  if (!binary) return goModuleFix(reference, target);
  const { tag, semverAlternative } = target;
  const alternative = semverAlternative ? ` (or, with semantic-version tags, ${semverAlternative})` : '';
  const where = binary.mainModule ? `the main module ${binary.mainModule}` : 'the module that builds it';
  const image = imageName(binary);
  const rebuild = `then rebuild the binary ${binary.path} (built by ${binary.goVersion})${image === null ? '' : ` and the image ${image} that holds it`}`;
  const upgrade = `\`${goGet(reference, tag)} && go mod tidy\`${alternative}`;
  const replacement = binary.replacement;
  if (replacement?.isDirectory) {
    return `In ${where}, client-go is replaced by the directory ${replacement.path} (relative to its go.mod): update the client-go source there to ${tag} or later, or replace it with \`${reference.module} => k8s.io/client-go ${tag}\`; ${rebuild}.`;
  }
  if (replacement) {
    const fork = replacement.path !== 'k8s.io/client-go' ? ` The fork ${replacement.path} must include kubernetes/kubernetes#77613, or point the replace at upstream.` : '';
    return `In ${where}, change the replace of ${reference.module} (now ${replacement.path} ${replacement.version}) to \`${reference.module} => k8s.io/client-go ${tag}\` and run ${upgrade}; ${rebuild}.${fork}`;
  }
  return `In ${where}, run ${upgrade}; ${rebuild}.`;
};
