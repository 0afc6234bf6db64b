/**
 * Downloads of Kubernetes release binaries whose URL carries the version: dl.k8s.io (and its CDN), the old
 * storage.googleapis.com/kubernetes-release bucket, and GitHub release or archive URLs of kubernetes/kubernetes.
 * Checksums and signatures beside the binaries are not programs and are skipped.
 */
import type { ExpandedText } from './dockerfile-expansion.js';
import type { CommandContext } from './dockerfile-go-commands.js';
import type { DockerfileReferenceRecord, KubernetesComponent } from './dockerfile-records.js';
import { noteText } from './dockerfile-note-text.js';
import { versionAt } from './dockerfile-version-text.js';

/** A path segment; a command substitution counts as one, whatever it holds ($(curl …/stable.txt)). */
const SEGMENT = String.raw`(?:\$\([^)]*\)|[^/\s"'])+`;
const RELEASE_URL = new RegExp(
  String.raw`(?:https?://)?(?:(?:cdn\.)?dl\.k8s\.io(?:/release)?|storage\.googleapis\.com/kubernetes-release/release|github\.com/kubernetes/kubernetes/releases/download)/(${SEGMENT})/([^\s"']*)`,
  'gd',
);
const SOURCE_ARCHIVE_URL = new RegExp(String.raw`(?:https?://)?github\.com/kubernetes/kubernetes/archive/(?:refs/tags/)?(${SEGMENT}?)\.(?:tar\.gz|zip)`, 'gd');

const BINARIES: ReadonlySet<string> = new Set(['kubectl', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kube-proxy', 'kubelet']);
const NOT_A_PROGRAM = /\.(?:sha1|sha256|sha512|md5|sig|cert|pem|asc)$/;

/** The program a release path names: bin/<os>/<arch>/<binary>, or a release tarball. */
function componentOf(path: string): KubernetesComponent | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (NOT_A_PROGRAM.test(name)) return null;
  const binary = name.replace(/\.exe$/, '');
  if (BINARIES.has(binary)) return binary as KubernetesComponent;
  if (/^kubernetes-client-/.test(name)) return 'kubectl';
  if (/^kubernetes-server-/.test(name)) return 'kubernetes-server';
  if (/^kubernetes-node-/.test(name)) return 'kubernetes-node';
  if (/^kubernetes(?:-src)?\.tar\.gz$/.test(name)) return 'kubernetes';
  return null;
}

export function findReleaseDownloads(word: ExpandedText, context: CommandContext): DockerfileReferenceRecord[] {
  const found: DockerfileReferenceRecord[] = [];
  for (const match of word.text.matchAll(RELEASE_URL)) {
    const component = componentOf(match[2] ?? '');
    if (component) found.push(download(word, match, component, context));
  }
  for (const match of word.text.matchAll(SOURCE_ARCHIVE_URL)) found.push(download(word, match, 'kubernetes', context));
  return found;
}

function download(word: ExpandedText, match: RegExpMatchArray, component: KubernetesComponent, context: CommandContext): DockerfileReferenceRecord {
  const [start, end] = match.indices?.[1] ?? [match.index ?? 0, match.index ?? 0];
  return {
    carrier: 'release-url',
    scheme: 'kubernetes',
    subject: component,
    component,
    keyword: context.keyword,
    line: context.line,
    context: match[0],
    version: versionAt(word, start, end, context.keyword),
    siblings: [],
    notes: [`${component} downloaded from ${noteText(match[0])} (${context.keyword} on line ${context.line})`],
  };
}
