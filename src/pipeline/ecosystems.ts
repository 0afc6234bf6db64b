import { createDockerfileEcosystem } from './dockerfile-ecosystem.js';
import type { Ecosystem, EcosystemContext } from './ecosystem.js';
import { createGoModulesEcosystem } from './go-modules-ecosystem.js';
import { createPreModulesEcosystem } from './pre-modules-ecosystem.js';

/** In resolve order: Dockerfiles come last so they can relate to the go.mod findings of what they build. */
export function createEcosystems(context: EcosystemContext): Ecosystem[] {
  return [createGoModulesEcosystem(context), createPreModulesEcosystem(context), createDockerfileEcosystem(context)];
}
