/** The os/architecture[/variant] an image is chosen for from a multi-platform index. */
export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

export const DEFAULT_PLATFORM: Platform = { os: 'linux', architecture: 'amd64' };

export type PlatformResult = { ok: true; platform: Platform } | { ok: false; reason: string };

/** Names uname and some tools use, as Go and the OCI spec name them. */
const ARCHITECTURE_ALIASES: Record<string, string> = { x86_64: 'amd64', 'x86-64': 'amd64', aarch64: 'arm64', armhf: 'arm', armel: 'arm', i386: '386' };

/** The variant an index entry without one means, per architecture (as containerd's matcher assumes). */
const DEFAULT_VARIANTS: Record<string, string> = { arm64: 'v8', arm: 'v7', amd64: 'v1' };

/** Reads `os/architecture[/variant]`, e.g. linux/arm64/v8. */
export function parsePlatform(text: string): PlatformResult {
  const parts = text.trim().toLowerCase().split('/');
  const [os, architecture, variant] = parts;
  const wellFormed = parts.length >= 2 && parts.length <= 3 && parts.every((part) => /^[a-z0-9._-]+$/.test(part));
  if (!wellFormed || os === undefined || architecture === undefined) {
    return { ok: false, reason: `invalid platform "${text}": expected os/architecture[/variant], e.g. linux/amd64 or linux/arm64/v8` };
  }
  const platform: Platform = { os, architecture: ARCHITECTURE_ALIASES[architecture] ?? architecture };
  if (variant !== undefined) platform.variant = variant;
  return { ok: true, platform };
}

export function platformText(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter((part) => part !== undefined && part !== '').join('/');
}

/**
 * Whether an index entry serves the wanted platform. A missing variant stands for the architecture's
 * default one, so linux/arm64 matches an entry for linux/arm64/v8 and the other way round.
 */
export function platformMatches(wanted: Platform, offered: Platform): boolean {
  if (wanted.os !== offered.os || wanted.architecture !== offered.architecture) return false;
  const defaultVariant = DEFAULT_VARIANTS[wanted.architecture];
  const wantedVariant = wanted.variant || defaultVariant;
  const offeredVariant = offered.variant || defaultVariant;
  return wantedVariant === offeredVariant;
}
