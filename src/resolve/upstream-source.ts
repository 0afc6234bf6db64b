import { isClientGoModule } from '../model/client-go-module-paths.js';

/**
 * Where dep (`source`), glide (`repo`) or govendor (`origin`) fetched client-go from, as a module-like path,
 * or null when that is upstream client-go itself. `https://github.com/org/client-go.git`,
 * `git@github.com:org/client-go.git` and `github.com/org/client-go` all name github.com/org/client-go.
 */
export function forkOf(written: string | null | undefined): string | null {
  if (!written || written.trim() === '') return null;
  const path = written
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^[^@/]+@/, '')
    .replace(/^([^/:]+):(?!\d)/, '$1/')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
  const [host = '', ...rest] = path.split('/');
  const normalized = [host.toLowerCase(), ...rest].join('/');
  // GitHub paths are case-insensitive; github.com/Kubernetes/client-go is upstream too.
  const comparable = host.toLowerCase() === 'github.com' ? normalized.toLowerCase() : normalized;
  return isClientGoModule(comparable) ? null : normalized;
}

const CLIENT_GO_ROOTS = ['k8s.io/client-go', 'github.com/kubernetes/client-go'];

/** The client-go root a package path belongs to (`k8s.io/client-go/rest` → `k8s.io/client-go`), or null. */
export function clientGoRootOf(packagePath: string): string | null {
  return CLIENT_GO_ROOTS.find((root) => packagePath === root || packagePath.startsWith(`${root}/`)) ?? null;
}

/** The repository root of a k8s.io package (`k8s.io/api/core/v1` → `k8s.io/api`). */
export function k8sRepositoryOf(packagePath: string): string | null {
  const [host, name] = packagePath.split('/');
  return host === 'k8s.io' && name ? `${host}/${name}` : null;
}
