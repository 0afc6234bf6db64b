import { goModuleFix } from './go-module-fix.js';
import type { FixPhrasing } from './fix-target.js';

/** Gopkg.lock/toml, glide.yaml/lock, Godeps.json, vendor.json: the migration path and the smallest lock change. */
export const preModulesFix: FixPhrasing = (reference, target) => goModuleFix(reference, target);
