import type { ScanSettings } from '../../src/model/settings.js';

/** The settings a scan gets with no inputs set, for tests that call scanRepository directly. */
export function scanSettingsFor(root: string, overrides: Partial<ScanSettings> = {}): ScanSettings {
  return {
    root,
    policy: 'strict',
    minimumVersion: null,
    failOn: 'outdated',
    failOnInferred: false,
    include: [],
    exclude: [],
    maxFileBytes: 1 << 24,
    dockerBuildArgs: new Map(),
    dockerfiles: [],
    kubectlSeverity: 'warning',
    binaries: [],
    ...overrides,
  };
}
