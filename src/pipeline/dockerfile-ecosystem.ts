import type { Ecosystem, EcosystemContext } from './ecosystem.js';

/** Dockerfiles: client-go and Kubernetes binaries that images build or pull in. */
export function createDockerfileEcosystem(_context: EcosystemContext): Ecosystem {
  return {
    kinds: ['Dockerfile'],
    add: () => undefined,
    resolve: () => [],
  };
}
