import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Where the action writes its report, SARIF file, base snapshots and image spool: RUNNER_TEMP on a
 * runner. Without it, a fresh directory only this user may enter (mkdtemp, mode 0700) under the system
 * temp directory, not a fixed /tmp path another user or run could have made, or linked elsewhere.
 * It is not removed: the report-path and sarif-path outputs point into it for later steps.
 */
export async function actionWorkDirectory(env: NodeJS.ProcessEnv): Promise<string> {
  return env.RUNNER_TEMP || mkdtemp(path.join(os.tmpdir(), 'client-go-token-gate-'));
}
