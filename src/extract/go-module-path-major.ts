import { semverMajor } from './go-semver.js';

/**
 * module.SplitPathVersion's major-version suffix of a module path (`/v2`, `.v1` for gopkg.in), '' when the
 * path has none, or null when the suffix is malformed (`/v1`, `/v0`, `/v2.1`): Go calls that path invalid.
 */
export function modulePathMajor(modulePath: string): string | null {
  if (modulePath.startsWith('gopkg.in/')) return gopkgInMajor(modulePath);
  let index = modulePath.length;
  let dot = false;
  while (index > 0 && isDigitOrDot(modulePath.charCodeAt(index - 1))) {
    if (modulePath[index - 1] === '.') dot = true;
    index -= 1;
  }
  if (index <= 1 || index === modulePath.length || modulePath[index - 1] !== 'v' || modulePath[index - 2] !== '/') return '';
  const major = modulePath.slice(index - 2);
  if (dot || major.length <= 2 || major[2] === '0' || major === '/v1') return null;
  return major;
}

function gopkgInMajor(modulePath: string): string | null {
  let index = modulePath.length;
  if (modulePath.endsWith('-unstable')) index -= '-unstable'.length;
  while (index > 0 && isDigit(modulePath.charCodeAt(index - 1))) index -= 1;
  if (index <= 1 || modulePath[index - 1] !== 'v' || modulePath[index - 2] !== '.') return null;
  const major = modulePath.slice(index - 2);
  if (major.length <= 2 || (major[2] === '0' && major !== '.v0')) return null;
  return major;
}

/** module.CheckPathMajor: why `version` cannot be a version of a path with this major suffix, or null. */
export function pathMajorMismatch(version: string, pathMajor: string): string | null {
  let major = pathMajor;
  if (major.startsWith('.v') && major.endsWith('-unstable')) major = major.slice(0, -'-unstable'.length);
  if (version.startsWith('v0.0.0-') && major === '.v1') return null;
  const versionMajor = semverMajor(version);
  if (major === '') {
    if (versionMajor === 'v0' || versionMajor === 'v1' || version.endsWith('+incompatible')) return null;
    return `version "${version}" invalid: should be v0 or v1, not ${versionMajor}`;
  }
  if ((major[0] === '/' || major[0] === '.') && versionMajor === major.slice(1)) return null;
  return `version "${version}" invalid: should be ${major.slice(1)}, not ${versionMajor}`;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isDigitOrDot(code: number): boolean {
  return isDigit(code) || code === 0x2e;
}
