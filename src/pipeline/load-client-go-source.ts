import path from 'node:path';
import type { ClientGoSourceVerdict } from '../extract/client-go-source-records.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { judgeClientGoSource } from '../extract/client-go-source.js';
import { describeOpenRefusal, type ReadLimits } from './open-inside-root.js';
import { readTextFile, type ReadRefusal } from './read-text-file.js';

export type SourceOutcome = { found: true; verdict: ClientGoSourceVerdict } | { found: false; reason: string };

/**
 * Reads rest/config.go and rest/transport.go of a client-go directory, only inside the root (a symlink out
 * of it, a FIFO or a device is refused, see open-inside-root.ts). A transport.go that is there but refused
 * goes to `diagnostics` and is judged as absent: the verdict rests only on code inside the tree, and without
 * transport.go nothing shows BearerTokenFile reaching the transport (outdated, so the gate fails closed).
 */
export function loadClientGoSource(limits: ReadLimits, directory: string, diagnostics: Diagnostic[]): SourceOutcome {
  if (path.posix.isAbsolute(directory) || /^[A-Za-z]:\//.test(directory) || directory.startsWith('..')) {
    return { found: false, reason: `${directory} is outside the scanned tree` };
  }
  const config = readTextFile(path.join(limits.rootReal, directory, 'rest', 'config.go'), limits);
  if (!config.ok) {
    if (config.refusal.kind === 'missing' || config.refusal.kind === 'outside') return { found: false, reason: `${directory} holds no rest/config.go inside the scanned tree` };
    return { found: false, reason: `${directory}/rest/config.go ${describeSourceRefusal(config.refusal, limits)}` };
  }
  const transport = readTextFile(path.join(limits.rootReal, directory, 'rest', 'transport.go'), limits);
  if (!transport.ok && transport.refusal.kind !== 'missing') {
    diagnostics.push({ file: `${directory}/rest/transport.go`, line: null, message: `rest/transport.go ${describeSourceRefusal(transport.refusal, limits)}; judged as if absent` });
  }
  return { found: true, verdict: judgeClientGoSource({ restConfigGo: config.text, restTransportGo: transport.ok ? transport.text : null }) };
}

function describeSourceRefusal(refusal: ReadRefusal, limits: ReadLimits): string {
  switch (refusal.kind) {
    case 'over-cap':
      return `is ${refusal.size} bytes, over the max-file-size cap of ${limits.maxBytes} bytes; not read`;
    case 'binary':
      return 'is binary (contains NUL bytes); not read';
    default:
      return describeOpenRefusal(refusal);
  }
}
