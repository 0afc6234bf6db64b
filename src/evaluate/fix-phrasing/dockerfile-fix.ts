import { goModuleFix } from './go-module-fix.js';
import type { FixPhrasing } from './fix-target.js';

/** Dockerfiles: the version text to change at the ARG, RUN, URL or image tag that carries it. */
export const dockerfileFix: FixPhrasing = (reference, target) => goModuleFix(reference, target);
