import path from 'node:path';
import type { ClientGoSourceVerdict } from '../extract/client-go-source-records.js';
import { isRealPathInside } from '../discover/real-path-inside.js';
import { judgeClientGoSource } from '../extract/client-go-source.js';
import { readTextFile } from './read-text-file.js';

export type SourceOutcome = { found: true; verdict: ClientGoSourceVerdict } | { found: false; reason: string };

/** Reads rest/config.go and rest/transport.go of a client-go directory, refusing anything outside the root. */
export function loadClientGoSource(root: string, directory: string): SourceOutcome {
  if (path.posix.isAbsolute(directory) || /^[A-Za-z]:\//.test(directory) || directory.startsWith('..')) {
    return { found: false, reason: `${directory} is outside the scanned tree` };
  }
  const configPath = path.join(root, directory, 'rest', 'config.go');
  if (!isRealPathInside(root, configPath)) return { found: false, reason: `${directory} holds no rest/config.go inside the scanned tree` };
  const config = readTextFile(configPath);
  if (!config.ok) return { found: false, reason: `${directory}/rest/config.go ${config.reason}` };
  const transport = readTextFile(path.join(root, directory, 'rest', 'transport.go'));
  return { found: true, verdict: judgeClientGoSource({ restConfigGo: config.text, restTransportGo: transport.ok ? transport.text : null }) };
}
