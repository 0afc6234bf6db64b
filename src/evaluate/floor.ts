import { resolveClientGoVersion } from '../resolve/client-go-version.js';
import { SettingsError } from '../settings/settings-error.js';
import type { Floor } from './policy.js';

const EXPECTED = 'a client-go or Kubernetes version such as v0.15.7, v12.0.0, kubernetes-1.15.7 or 1.15.7';

/** minimum-version accepts a Kubernetes version as well as any client-go version the model knows. */
export function resolveFloor(name: string, written: string | null): Floor | null {
  if (written === null) return null;
  const plain = /^v?1\.(\d+)(?:\.(\d+))?$/.exec(written);
  if (plain) return { written, kubernetes: `1.${plain[1]}.${plain[2] ?? 0}` };
  const resolution = resolveClientGoVersion(written);
  if (!resolution.known) throw new SettingsError(name, written, EXPECTED);
  const kubernetes = resolution.release.kubernetes ?? (resolution.release.kubernetesLine ? `${resolution.release.kubernetesLine.replace(/-dev$/, '')}.0` : null);
  if (!kubernetes) throw new SettingsError(name, written, EXPECTED);
  return { written, kubernetes };
}
