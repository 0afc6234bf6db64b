import type { SourceKind } from '../../model/source-kind.js';
import { dockerfileFix } from './dockerfile-fix.js';
import type { FixPhrasing } from './fix-target.js';
import { goBinaryFix } from './go-binary-fix.js';
import { goModuleFix } from './go-module-fix.js';
import { preModulesFix } from './pre-modules-fix.js';

/** Every source kind has its words; a new kind that forgets them does not compile. */
export const PHRASING_BY_SOURCE: Record<SourceKind, FixPhrasing> = {
  'go.mod': goModuleFix,
  'go.work': goModuleFix,
  'vendor/modules.txt': goModuleFix,
  'go.sum': goModuleFix,
  'client-go-source': goModuleFix,
  'go-binary': goBinaryFix,
  'Gopkg.lock': preModulesFix,
  'Gopkg.toml': preModulesFix,
  'glide.yaml': preModulesFix,
  'glide.lock': preModulesFix,
  'Godeps.json': preModulesFix,
  'vendor.json': preModulesFix,
  Dockerfile: dockerfileFix,
};
