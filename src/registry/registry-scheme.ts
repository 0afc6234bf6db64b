/**
 * Docker talks plain http only to registries it treats as insecure: loopback hosts and those the user
 * lists; everything else is https.
 */
export function registryBaseUrl(registry: string, insecureRegistries: readonly string[] = []): string {
  const scheme = isInsecureRegistry(registry, insecureRegistries) ? 'http' : 'https';
  return `${scheme}://${registry}`;
}

export function isInsecureRegistry(registry: string, insecureRegistries: readonly string[]): boolean {
  const host = hostOf(registry).toLowerCase();
  if (host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)) return true;
  const listed = insecureRegistries.map((entry) => entry.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/+$/, ''));
  return listed.includes(registry.toLowerCase()) || listed.includes(host);
}

/** The host without its port; an IPv6 host keeps its brackets. */
function hostOf(registry: string): string {
  if (registry.startsWith('[')) return registry.slice(0, registry.indexOf(']') + 1);
  return registry.split(':')[0] ?? registry;
}
