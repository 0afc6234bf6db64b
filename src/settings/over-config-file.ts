import type { ScanSettings } from '../model/settings.js';
import type { ConfigFile } from './config-file.js';
import { parseFailOn, parseMinimumVersion, parsePolicy } from './parse-setting-values.js';

/** A setting the config file can also set: as given by an input or a flag, null when not given. */
export interface GivenSetting {
  /** The input's or flag's name, for error messages. */
  name: string;
  raw: string | null;
}

export interface GivenOverridable {
  policy: GivenSetting;
  minimumVersion: GivenSetting;
  failOn: GivenSetting;
  /** Globs already split; null when not given. */
  include: string[] | null;
  exclude: string[] | null;
}

/**
 * The one precedence rule of the action and the CLI: a setting that is given wins over the config file,
 * which wins over the default.
 */
export function overConfigFile(given: GivenOverridable, config: ConfigFile | null): Pick<ScanSettings, 'policy' | 'minimumVersion' | 'failOn' | 'include' | 'exclude'> {
  const { policy, minimumVersion, failOn } = given;
  return {
    policy: policy.raw !== null ? parsePolicy(policy.name, policy.raw) : (config?.policy ?? parsePolicy(policy.name, '')),
    minimumVersion: minimumVersion.raw !== null ? parseMinimumVersion(minimumVersion.name, minimumVersion.raw) : (config?.minimumVersion ?? null),
    failOn: failOn.raw !== null ? parseFailOn(failOn.name, failOn.raw) : (config?.failOn ?? parseFailOn(failOn.name, '')),
    include: given.include ?? config?.include ?? [],
    exclude: given.exclude ?? config?.exclude ?? [],
  };
}
