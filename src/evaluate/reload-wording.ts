import type { ClientGoRelease, ReloadMechanism } from '../model/release.js';

/** One clause on what the release does with the token, for messages. */
export function describeReload(mechanism: ReloadMechanism): string {
  switch (mechanism) {
    case 'wrap-transport':
      return 're-reads the token about every 5 minutes through a wrapped transport (kubernetes/kubernetes#67359)';
    case 'bearer-token-file':
      return 're-reads the token file every minute (rest.Config.BearerTokenFile)';
    case 'bearer-token-file-dropped':
      return 'never re-reads the token in-cluster: rest.Config.TransportConfig() drops BearerTokenFile (kubernetes/kubernetes#77613)';
    case 'read-once':
    case 'pre-1.6-layout':
      return 'reads the token once at start-up and never again';
  }
}

/** The patch release on the same line that carries the #77613 fix. */
export function bearerTokenFileFixFor(kubernetesLine: string | null): string {
  const fixes: Record<string, string> = { '1.12': '1.12.9', '1.13': '1.13.7', '1.14': '1.14.3' };
  const onLine = kubernetesLine ? fixes[kubernetesLine] : undefined;
  return onLine ? `fixed in ${onLine} and 1.15.0` : 'fixed in 1.15.0, backported to 1.14.3, 1.13.7 and 1.12.9';
}

/** "client-go v10.0.0+incompatible (Kubernetes 1.13.0)" or "client-go commit 1a246d9074ff (Kubernetes 1.13 line)". */
export function describeRelease(written: string | null, release: ClientGoRelease): string {
  const what = written ? `client-go ${written}` : release.tag ? `client-go ${release.tag}` : 'this client-go';
  const kubernetes = release.kubernetes
    ? `Kubernetes ${release.kubernetes}`
    : release.kubernetesLine
      ? `Kubernetes ${release.kubernetesLine} line${release.tag ? '' : `, untagged commit${release.commit ? ` ${release.commit}` : ''}`}`
      : 'version unknown, judged from its source';
  // A pseudo-version, commit or branch says nothing to a reader; the tag at that code does.
  const tag = release.tag && written && (release.resolvedBy === 'commit' || release.resolvedBy === 'branch') ? `, ${release.tag}` : '';
  return `${what} (${kubernetes}${tag})`;
}
