import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipArchive } from './zip-archive.js';

/** One version of a generated module, served by a file-based GOPROXY. */
export interface ProxyModule {
  path: string;
  version: string;
  /**
   * The module's go.mod. A `+incompatible` version is a pre-modules major version and must have none: its
   * zip holds no go.mod and the proxy's .mod file is a bare `module <path>` line (Go's own synthesized one).
   */
  goMod: string | null;
  /** Files of the module, by path inside it. */
  files: Record<string, string>;
}

/**
 * Writes the GOPROXY protocol as plain files (`<proxy>/<module>/@v/list`, `<version>.info`, `.mod`, `.zip`)
 * so that `GOPROXY=file://<proxy>` serves the modules without any network. Module paths here are lower
 * case, so the proxy's case escaping (`!x` for `X`) never applies.
 */
export function writeGoModuleProxy(proxyDirectory: string, modules: readonly ProxyModule[]): void {
  for (const module of modules) {
    if (/[A-Z]/.test(module.path + module.version)) throw new Error(`${module.path}@${module.version}: upper case needs proxy escaping`);
    const versionsDirectory = path.join(proxyDirectory, ...module.path.split('/'), '@v');
    mkdirSync(versionsDirectory, { recursive: true });
    const prefix = path.join(versionsDirectory, module.version);
    writeFileSync(`${prefix}.info`, JSON.stringify({ Version: module.version, Time: '2019-01-01T00:00:00Z' }));
    writeFileSync(`${prefix}.mod`, module.goMod ?? `module ${module.path}\n`);
    writeFileSync(`${prefix}.zip`, zipArchive(zipEntries(module)));
  }
  for (const modulePath of new Set(modules.map((module) => module.path))) {
    const versions = modules.filter((module) => module.path === modulePath).map((module) => module.version);
    writeFileSync(path.join(proxyDirectory, ...modulePath.split('/'), '@v', 'list'), `${versions.join('\n')}\n`);
  }
}

/** Every file of a module zip sits under `<module>@<version>/`. */
function zipEntries(module: ProxyModule): Record<string, string> {
  const files = module.goMod === null ? module.files : { ...module.files, 'go.mod': module.goMod };
  return Object.fromEntries(Object.entries(files).map(([name, content]) => [`${module.path}@${module.version}/${name}`, content]));
}
