import net from 'node:net';
import { registryBaseUrl, type RegistryAccess } from './registry-access.js';

/**
 * Whether the credentials configured for a registry may be sent to a token service the registry's
 * WWW-Authenticate names. The realm is whatever the server says (a man in the middle on plain http, or a
 * registry's misconfiguration, could name any host), so the credentials stay with the registry's own site:
 * - over https, to the registry's host itself or a host in its parent domain (registry-1.docker.io →
 *   auth.docker.io, registry.gitlab.com → gitlab.com); a parent of one label (`io` for ghcr.io) or an IP
 *   address does not count as a site;
 * - over http, only to the registry's own origin, and only when the registry is in insecure-registries
 *   (the runner's owner asked for http to that host and configured credentials for it).
 */
export function credentialsMayGoTo(registry: string, realm: URL, access: RegistryAccess): boolean {
  const home = new URL(registryBaseUrl(registry, access));
  if (realm.protocol === 'http:') return home.protocol === 'http:' && realm.origin === home.origin;
  if (realm.protocol !== 'https:') return false;
  if (realm.host === home.host) return true;
  return sameSite(home.hostname, realm.hostname);
}

function sameSite(registryHost: string, realmHost: string): boolean {
  if (isAddress(registryHost) || isAddress(realmHost)) return false;
  const labels = registryHost.split('.');
  if (labels.length < 3) return realmHost === registryHost;
  const parent = labels.slice(1).join('.');
  return realmHost === parent || realmHost.endsWith(`.${parent}`);
}

function isAddress(host: string): boolean {
  return net.isIP(host.replace(/^\[(.*)\]$/, '$1')) !== 0;
}
