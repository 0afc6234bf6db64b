import type { Ecosystem, EcosystemContext } from './ecosystem.js';

/** dep (Gopkg.lock, Gopkg.toml), glide (glide.yaml, glide.lock), godep (Godeps.json), govendor (vendor.json). */
export function createPreModulesEcosystem(_context: EcosystemContext): Ecosystem {
  return {
    kinds: ['Gopkg.lock', 'Gopkg.toml', 'glide.yaml', 'glide.lock', 'Godeps.json', 'vendor.json'],
    add: () => undefined,
    resolve: () => [],
  };
}
