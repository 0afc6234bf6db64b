import { isClientGoModule } from '../../model/client-go-module-paths.js';
import type { GoBuildInfo, GoModuleRecord } from './build-info-records.js';

/**
 * The client-go module the binary was built with, with the module that replaced it when a replace applied
 * (a fork or a directory: its code, not the required version, is inside), or null when there is none.
 */
export function clientGoDependency(info: GoBuildInfo): GoModuleRecord | null {
  return info.deps.find((dep) => isClientGoModule(dep.path)) ?? null;
}
