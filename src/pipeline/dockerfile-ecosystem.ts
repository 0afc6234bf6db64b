import type { CandidateFile } from '../discover/candidate-file.js';
import { findNamedDockerfiles } from '../discover/named-dockerfiles.js';
import type { ResolvedReference } from '../evaluate/evaluate-findings.js';
import { extractDockerfile } from '../extract/dockerfile.js';
import type { DockerfileRecords } from '../extract/dockerfile-records.js';
import { relateBuiltModules } from '../resolve/dockerfile-built-modules.js';
import { resolveDockerfileReferences } from '../resolve/dockerfile-references.js';
import { reportSkipped, type Ecosystem, type EcosystemContext } from './ecosystem.js';
import { readCandidate } from './read-candidate.js';

/** Matches any text, for when every Dockerfile counts. */
const ANY_TEXT = /(?:)/;

/**
 * Text that can bring client-go into an image: a Kubernetes name (k8s.io, registry.k8s.io, dl.k8s.io,
 * kubernetes, kubectl, hyperkube, client-go) or a go build/install of the copied module. Most Dockerfiles
 * of a monorepo have neither and are not parsed, as go.sum files without client-go are not.
 */
const MAY_BRING_CLIENT_GO = /k8s|kube|client-go|\bgo[\s\\`]+(?:build|install)\b/i;

interface ParsedDockerfile {
  path: string;
  records: DockerfileRecords;
}

/**
 * Dockerfiles: client-go and Kubernetes binaries that images build or pull in. Resolved last, so a stage
 * that builds a go.mod of the repository can point at that go.mod's findings.
 */
export function createDockerfileEcosystem(context: EcosystemContext): Ecosystem {
  const parsed: ParsedDockerfile[] = [];
  let namedFilesRead = false;
  // A build arg may hold a whole image or URL, so a Kubernetes name there makes every Dockerfile worth parsing.
  const buildArgsMayBring = [...context.settings.dockerBuildArgs.values()].some((value) => MAY_BRING_CLIENT_GO.test(value));
  // Any image may hold a Go binary built with client-go: when images are inspected, every Dockerfile counts.
  const inspectImages = context.settings.images?.fromDockerfiles === true;
  const mentionsClient = inspectImages || buildArgsMayBring ? ANY_TEXT : MAY_BRING_CLIENT_GO;
  const add = (candidate: CandidateFile, text: string): void => {
    if (!mentionsClient.test(text)) return;
    const records = extractSafely(candidate.path, text, context);
    if (inspectImages) context.dockerfileImages.push(...records.images.map((image) => ({ file: candidate.path, image })));
    parsed.push({ path: candidate.path, records });
    reportSkipped(context.diagnostics, candidate.path, records.skipped);
  };
  return {
    kinds: ['Dockerfile'],
    mentionsClient,
    add,
    resolve: (earlier) => {
      if (!namedFilesRead) readNamedDockerfiles(context, mentionsClient, add);
      namedFilesRead = true;
      return parsed.flatMap((file) => resolveDockerfile(file, earlier, context));
    },
  };
}

/**
 * The extractor turns bad input into skipped lines; this guard is for what it did not foresee, so one
 * hostile file costs a diagnostic, not the scan.
 */
function extractSafely(file: string, text: string, context: EcosystemContext): DockerfileRecords {
  try {
    return extractDockerfile(text, { buildArgs: context.settings.dockerBuildArgs });
  } catch (error) {
    return { references: [], images: [], goBuildStages: [], longRunningKubectl: [], skipped: [{ line: 1, reason: `could not be read as a Dockerfile (${String(error)}); skipped` }] };
  }
}

/**
 * Files named only by the `dockerfiles` globs. Discovery receives include/exclude but not these globs
 * (scan-repository.ts builds its options), so they are listed here, once, when resolution starts.
 */
function readNamedDockerfiles(context: EcosystemContext, mentionsClient: RegExp, add: (candidate: CandidateFile, text: string) => void): void {
  const { settings } = context;
  const named = findNamedDockerfiles({
    root: settings.root,
    patterns: settings.dockerfiles,
    include: settings.include,
    exclude: settings.exclude,
  });
  context.diagnostics.push(...named.diagnostics);
  for (const candidate of named.files) {
    const text = readCandidate(candidate, mentionsClient, context);
    if (text !== null) add(candidate, text);
  }
}

function resolveDockerfile(file: ParsedDockerfile, earlier: readonly ResolvedReference[], context: EcosystemContext): ResolvedReference[] {
  return [
    ...resolveDockerfileReferences(file.path, file.records, context.settings.kubectlSeverity),
    ...relateBuiltModules(file.path, file.records.goBuildStages, earlier),
  ];
}
