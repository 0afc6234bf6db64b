import { scanRepository } from './pipeline/scan-repository.js';
import { publishToCli, renderForCli, type CliOutput } from './publish/cli-publisher.js';
import { EXIT_PASS, EXIT_USAGE_OR_INTERNAL, exitCodeFor } from './publish/exit-code.js';
import { CLI_USAGE, parseCliArguments } from './settings/cli-settings.js';
import { readDockerCredentials } from './settings/read-docker-credentials.js';
import { TOOL } from './tool-identity.js';

export interface CliEnvironment {
  cwd: string;
  stdout: CliOutput & { isTTY?: boolean };
  stderr: CliOutput;
  env: NodeJS.ProcessEnv;
}

/** The CLI shell: arguments → scan → one rendering → exit status (0 pass, 1 policy failed, 2 usage/internal). */
export async function runCli(argv: readonly string[], io: CliEnvironment): Promise<number> {
  let command;
  try {
    command = parseCliArguments(argv, io.cwd, readDockerCredentials(io.env, (message) => io.stderr.write(`client-go-token-gate: ${message}\n`)));
  } catch (error) {
    io.stderr.write(`client-go-token-gate: ${error instanceof Error ? error.message : String(error)}\n\n${CLI_USAGE}`);
    return EXIT_USAGE_OR_INTERNAL;
  }
  if (command.kind === 'help') {
    io.stdout.write(CLI_USAGE);
    return EXIT_PASS;
  }
  if (command.kind === 'version') {
    io.stdout.write(`${TOOL.name} ${TOOL.version}\n`);
    return EXIT_PASS;
  }
  try {
    const report = await scanRepository(command.scan, TOOL);
    const color = command.color ?? (Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && command.output === null);
    await publishToCli(renderForCli(report, command.format, color), command.output, io.stdout);
    return exitCodeFor({ report });
  } catch (error) {
    io.stderr.write(`client-go-token-gate: ${error instanceof Error ? error.message : String(error)}\n`);
    return exitCodeFor({ error });
  }
}
