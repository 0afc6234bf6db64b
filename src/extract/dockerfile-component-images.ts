/**
 * Kubernetes component images a stage starts FROM or copies files from (`COPY --from=<image>`):
 * registry.k8s.io, k8s.gcr.io and gcr.io/google-containers (or google_containers) kube-apiserver,
 * kube-controller-manager, kube-scheduler, kube-proxy, hyperkube and kubectl, whose tag is the Kubernetes
 * version. Other images, stage names and placeholders (`FROM BASEIMAGE`) are not findings.
 */
import type { ExpandedText } from './dockerfile-expansion.js';
import type { CommandContext } from './dockerfile-go-commands.js';
import type { DockerfileReferenceRecord, DockerfileVersion, KubernetesComponent } from './dockerfile-records.js';
import { noteText } from './dockerfile-note-text.js';
import { useSpanAt, versionAt } from './dockerfile-version-text.js';

const COMPONENT_IMAGE =
  /^((?:registry\.k8s\.io|k8s\.gcr\.io|(?:[a-z]+\.)?gcr\.io\/google[-_]containers)\/(kube-apiserver|kube-controller-manager|kube-scheduler|kube-proxy|hyperkube|kubectl)(?:-(?:amd64|arm64|arm|ppc64le|s390x))?)(?::([^@]*))?(?:@(.*))?$/d;

export function findComponentImage(word: ExpandedText, context: CommandContext): DockerfileReferenceRecord | null {
  const match = COMPONENT_IMAGE.exec(word.text);
  if (!match) return null;
  const [, repository = '', component = '', tag, digest] = match;
  const tagRange = match.indices?.[3];
  const version = tagRange ? versionAt(word, tagRange[0], tagRange[1], context.keyword) : untagged(word, digest);
  return {
    carrier: 'image-tag',
    scheme: 'kubernetes',
    subject: repository,
    component: component as KubernetesComponent,
    keyword: context.keyword,
    line: context.line,
    context: word.text,
    version,
    siblings: [],
    notes: [`${context.keyword === 'FROM' ? 'the stage starts FROM' : 'files are copied from'} the image ${noteText(tag === undefined ? repository : `${repository}:${tag}`)} on line ${context.line}`],
  };
}

/** No tag: pinned by digest alone, or `latest`, which these repositories do not publish. */
function untagged(word: ExpandedText, digest: string | undefined): DockerfileVersion {
  const at = useSpanAt(word, 0, word.text.length);
  const unknownReason =
    digest !== undefined
      ? 'the image is pinned by digest only, which does not say its Kubernetes version; add the version tag before the digest'
      : 'the image has no tag (docker pulls :latest, which the Kubernetes registries do not publish); tag it with the Kubernetes version';
  return { value: null, written: word.text, at, variable: null, buildArg: null, related: [], unknownReason };
}
