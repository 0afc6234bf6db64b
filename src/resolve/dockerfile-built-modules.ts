/**
 * A build stage that copies a go.mod of the repository and runs `go build` ships that module's client-go.
 * Each go.mod finding it builds is mirrored as a Dockerfile finding at the `go build`, with the go.mod
 * finding as its related location, so a reader sees which image ships which module. The mirror is only a
 * warning when outdated: the go.mod finding already fails the check, and one fix there fixes both.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import type { GoBuildStageRecord } from '../extract/dockerfile-records.js';
import type { ClientGoReference } from '../model/reference.js';
import type { VersionResolution } from '../model/release.js';
import { inFile } from './source-span.js';

export interface ResolvedClientGo {
  reference: ClientGoReference;
  resolution: VersionResolution;
}

const GO_MOD = 'go.mod';

export function relateBuiltModules(file: string, stages: readonly GoBuildStageRecord[], earlier: readonly ResolvedClientGo[]): ResolvedClientGo[] {
  const contexts = [...new Set([path.posix.dirname(file), '.'])];
  return stages.flatMap((stage) => {
    const built = new Map<ResolvedClientGo, { goMod: string; copyLine: number }>();
    for (const copy of stage.copies) {
      for (const goMod of goModsCopied(copy.source, contexts)) {
        for (const item of findingsOfModule(goMod, earlier)) if (!built.has(item)) built.set(item, { goMod, copyLine: copy.line });
      }
    }
    return [...built].map(([item, { goMod, copyLine }]) => mirror(file, stage, item, goMod, copyLine));
  });
}

/** The go.mod a COPY source brings in, under each possible build context: the Dockerfile's directory, then the root. */
function goModsCopied(source: string, contexts: readonly string[]): string[] {
  const normalized = source.replace(/\/+$/, '') || '.';
  const name = path.posix.basename(normalized);
  const namesGoMod = name === GO_MOD || (/[*?[]/.test(name) && picomatch.isMatch(GO_MOD, name));
  const relative = namesGoMod ? path.posix.join(path.posix.dirname(normalized), GO_MOD) : path.posix.join(normalized, GO_MOD);
  return contexts.map((context) => path.posix.normalize(path.posix.join(context, relative))).filter((goMod) => !goMod.startsWith('..'));
}

/** The go.mod's own findings (a go.work replace relates to it too); its go.sum inference only when it has none. */
function findingsOfModule(goMod: string, earlier: readonly ResolvedClientGo[]): ResolvedClientGo[] {
  const own = earlier.filter(({ reference }) => reference.at.file === goMod || reference.related.some((location) => location.file === goMod));
  if (own.length > 0) return own;
  const goSum = path.posix.join(path.posix.dirname(goMod), 'go.sum');
  return earlier.filter(({ reference }) => reference.source === 'go.sum' && reference.at.file === goSum);
}

function mirror(file: string, stage: GoBuildStageRecord, item: ResolvedClientGo, goMod: string, copyLine: number): ResolvedClientGo {
  const origin = item.reference;
  const stageName = stage.stageName ? ` ${stage.stageName}` : '';
  const reference: ClientGoReference = {
    ...origin,
    source: 'Dockerfile',
    at: inFile(file, stage.build.at),
    related: [
      { file: origin.at.file, line: origin.at.line, column: origin.at.column, label: 'the go.mod finding this image builds' },
      { file, line: copyLine, label: `COPY of ${goMod}` },
      { file, line: stage.stageLine, label: `build stage${stageName}` },
    ],
    warningOnly: `the finding at ${origin.at.file}:${origin.at.line} already fails the check for this client-go; fix it there and rebuild this image`,
    notes: [`the build stage${stageName} (line ${stage.stageLine}) copies ${goMod} and runs \`${stage.build.command}\`: this image ships the client-go of that module`, ...origin.notes],
    versionSite: { carrier: 'built-module', scheme: 'client-go', line: stage.build.at.line, context: null, version: origin.effective ?? origin.declared, builtModule: goMod },
  };
  return { reference, resolution: item.resolution };
}
