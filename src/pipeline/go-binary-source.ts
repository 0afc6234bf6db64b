import { findBinaries, type BinaryFile } from '../discover/binary-globs.js';
import type { ResolvedReference } from '../evaluate/evaluate-findings.js';
import { readGoBuildInfoFromFile } from '../extract/go-build-info/read-go-build-info-file.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { goBinaryReference } from '../resolve/go-binary-references.js';
import { lineSpan } from '../resolve/source-span.js';
import type { ArtifactSource } from './artifact-source.js';

/**
 * Binaries read at once. Each read is a handful of small ranges, so a few in flight hide the latency of
 * a slow disk without holding many file handles open.
 */
const CONCURRENT_READS = 8;

/** Compiled Go binaries the `binaries` globs name, judged by the client-go their build info records. */
export function createGoBinarySource(): ArtifactSource {
  return {
    resolve: async ({ settings, diagnostics }) => {
      const found = await findBinaries({ root: settings.root, patterns: settings.binaries });
      diagnostics.push(...found.diagnostics);
      const judged = await mapInBatches(found.files, CONCURRENT_READS, (binary) => judgeBinary(binary));
      const resolved: ResolvedReference[] = [];
      for (const outcome of judged) {
        if ('diagnostic' in outcome) diagnostics.push(outcome.diagnostic);
        else if (outcome.resolved) resolved.push(outcome.resolved);
      }
      return { resolved, artifactsRead: found.files.length };
    },
  };
}

type BinaryOutcome = { diagnostic: Diagnostic } | { resolved: ResolvedReference | null };

async function judgeBinary(binary: BinaryFile): Promise<BinaryOutcome> {
  const info = await readGoBuildInfoFromFile(binary.absolutePath);
  const judgement = goBinaryReference(info, { at: lineSpan(binary.path, 1), binaryPath: binary.path });
  switch (judgement.kind) {
    case 'unusable':
      return { diagnostic: { file: binary.path, line: null, message: judgement.message } };
    case 'no-client-go':
      return { resolved: null };
    case 'client-go':
      return { resolved: { reference: judgement.reference, resolution: judgement.resolution } };
  }
}

/** `map` with at most `limit` calls pending; results keep the input order. */
async function mapInBatches<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += limit) results.push(...(await Promise.all(items.slice(start, start + limit).map(map))));
  return results;
}
