import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, whichever directory jest was started from. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
