import type { ModuleFilter } from '../extract/go-mod-directives.js';
import { isClientGoModule, isKubernetesModule } from '../model/client-go-module-paths.js';
import type { RefusedSource } from '../model/refused-source.js';
import type { SourceKind } from '../model/source-kind.js';
import { lineSpan } from '../resolve/source-span.js';

/**
 * Records of Kubernetes modules besides client-go serve only as siblings to move with it (a few dozen staging
 * modules), so past this many in one file the rest are dropped: a file repeating them cannot fill memory.
 */
const MAX_OTHER_KUBERNETES_RECORDS = 1_000;
/** client-go records read per file, as for a Dockerfile: a million of them would cost the report more than the scan. */
export const MAX_CLIENT_GO_RECORDS = 1_000;

/** What one file's reading keeps: the first client-go records and the first other Kubernetes ones. */
export interface KubernetesModuleFilter {
  keep: ModuleFilter;
  /** The line of the first client-go record past the limit, and how many were dropped; null while under it. */
  dropped: () => { line: number; count: number } | null;
}

/** One per file read: go.mod, go.work, vendor/modules.txt and the pre-modules manifests all count the same way. */
export function kubernetesModuleFilter(): KubernetesModuleFilter {
  let others = 0;
  let clientGo = 0;
  let firstDroppedLine = 0;
  const keep: ModuleFilter = (modulePath, line) => {
    if (!isKubernetesModule(modulePath)) return false;
    if (!isClientGoModule(modulePath)) {
      others += 1;
      return others <= MAX_OTHER_KUBERNETES_RECORDS;
    }
    clientGo += 1;
    if (clientGo === MAX_CLIENT_GO_RECORDS + 1) firstDroppedLine = line;
    return clientGo <= MAX_CLIENT_GO_RECORDS;
  };
  return { keep, dropped: () => (clientGo > MAX_CLIENT_GO_RECORDS ? { line: firstDroppedLine, count: clientGo - MAX_CLIENT_GO_RECORDS } : null) };
}

/** Past the client-go limit the rest of the file is not judged: one `unknown` finding says so, at the first line left out. */
export function stoppedAtClientGoLimit(source: SourceKind, file: string, filter: KubernetesModuleFilter): RefusedSource[] {
  const dropped = filter.dropped();
  if (dropped === null) return [];
  const limit = MAX_CLIENT_GO_RECORDS.toLocaleString('en-US');
  const reason = `this ${source} names k8s.io/client-go more than ${limit} times: the gate read the first ${limit} and left out ${dropped.count.toLocaleString('en-US')} from line ${dropped.line} on, so what it builds cannot be told`;
  return [{ source, at: lineSpan(file, dropped.line), reason }];
}
