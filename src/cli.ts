import path from 'node:path';
import os from 'node:os';
import { emptyScanMessage } from './evaluate/empty-scan.js';
import { judgeChange, type BaseTree } from './pipeline/judge-change.js';
import { planBaseCommit } from './publish/base-commit.js';
import { readCheckoutLayout } from './publish/checkout-layout.js';
import { loadBaseTree } from './publish/load-base-tree.js';
import { publishToCli, renderForCli, writeCliLines, writeCliMessage, type CliOutput } from './publish/cli-publisher.js';
import { EXIT_PASS, EXIT_USAGE_OR_INTERNAL, exitCodeFor } from './publish/exit-code.js';
import { CLI_USAGE, parseCliArguments, type ConfigLoader } from './settings/cli-settings.js';
import { CONFIG_FILE_PATH, parseConfigFile, type IgnoreEntry } from './settings/config-file.js';
import { CLI_DEFAULT_CONFIG_PLACE, readConfigFile, readExplicitConfigFile } from './settings/read-config-file.js';
import { readDockerCredentials } from './settings/read-docker-credentials.js';
import { TOOL } from './tool-identity.js';
import { chooseConfig } from './publish/config-source.js';
import { configChangeText } from './report/config-change-wording.js';
import { describeExpiredEntry, ignoreEntryPlaceText, placeIgnoreEntry, type HeadConfigEntries, type IgnoreEntryPlace } from './report/ignore-entry-wording.js';
import type { ConfigOrigin } from './settings/config-from.js';

export interface CliEnvironment {
  cwd: string;
  stdout: CliOutput & { isTTY?: boolean };
  stderr: CliOutput;
  env: NodeJS.ProcessEnv;
}

/** The CLI shell: arguments → scan → one rendering → exit status (0 pass, 1 policy failed, 2 usage/internal). */
export async function runCli(argv: readonly string[], io: CliEnvironment): Promise<number> {
  let command;
  // The loader says where the config file was looked for: --config-from base reads the same path at the merge base.
  let lookedFor: LookedFor | null = null;
  const loadConfig: ConfigLoader = (root, explicitPath) => {
    const loaded = loadCliConfig(root, explicitPath);
    lookedFor = { root, file: explicitPath ?? path.join(root, CONFIG_FILE_PATH), loaded };
    return loaded;
  };
  let baseOrigin: ConfigOrigin | null = null;
  try {
    const credentials = readDockerCredentials(io.env, (message) => writeCliMessage(io.stderr, message));
    command = parseCliArguments(argv, io.cwd, credentials, loadConfig);
    if (command.kind === 'scan' && command.configFrom === 'base' && command.baseRef !== null && lookedFor !== null) {
      const chosen = await chooseCliBaseConfig(lookedFor, command.baseRef);
      command = parseCliArguments(argv, io.cwd, credentials, () => chosen.loaded);
      baseOrigin = chosen.origin;
      for (const line of chosen.lines) writeCliMessage(io.stderr, line);
    }
  } catch (error) {
    writeCliMessage(io.stderr, error instanceof Error ? error.message : String(error));
    writeCliLines(io.stderr, `\n${CLI_USAGE}`);
    return EXIT_USAGE_OR_INTERNAL;
  }
  if (command.kind === 'help') {
    writeCliLines(io.stdout, CLI_USAGE);
    return EXIT_PASS;
  }
  if (command.kind === 'version') {
    writeCliLines(io.stdout, `${TOOL.name} ${TOOL.version}\n`);
    return EXIT_PASS;
  }
  try {
    // Without --base the same judgement as the action on a push: every finding counts. With it, as on a
    // pull request: only what changed since the merge base fails. The config file's suppressions apply.
    const baseRef = command.baseRef;
    const judgement = await judgeChange({
      scan: command.scan,
      tool: TOOL,
      ignore: command.ignore,
      today: new Date().toISOString().slice(0, 10),
      scope: baseRef === null ? 'all' : 'new',
      failOnEmpty: command.failOnEmpty,
      loadBase: baseRef === null ? null : () => loadCliBase(command.scan.root, baseRef),
    });
    const { report } = judgement;
    // Git's words, paths and config reasons come from the repository: writeCliMessage keeps each to one safe line.
    for (const line of [...judgement.warnings, ...judgement.notes]) writeCliMessage(io.stderr, line);
    if (judgement.empty) writeCliMessage(io.stderr, `warning: ${emptyScanMessage(path.relative(io.cwd, command.scan.root), command.failOnEmpty)}`);
    const config = baseOrigin ?? headOrigin(command.configFile, lookedFor);
    // A line of the merge base's file is named with its commit, unless the checkout holds the same entry.
    const placeOf = (entry: IgnoreEntry): IgnoreEntryPlace => placeIgnoreEntry(entry, config ?? NO_CONFIG_READ, headEntries(lookedFor));
    for (const entry of judgement.expired) writeCliMessage(io.stderr, `warning: ${describeExpiredEntry(entry, placeOf(entry))}`);
    for (const { finding, entry } of judgement.suppressed) {
      writeCliMessage(io.stderr, `suppressed ${finding.file}:${finding.line} (${finding.verdict}) by the ignore entry at ${ignoreEntryPlaceText(placeOf(entry))}: ${entry.reason}`);
    }
    const color = command.color ?? (Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && command.output === null);
    const rendered = renderForCli(report, command.format, color, { suppressed: judgement.suppressed, baseline: judgement.baseline, config });
    await publishToCli(rendered, command.format, command.output, io.stdout, color);
    return exitCodeFor({ report });
  } catch (error) {
    writeCliMessage(io.stderr, error instanceof Error ? error.message : String(error));
    return exitCodeFor({ error });
  }
}

type LookedFor = { root: string; file: string; loaded: ReturnType<ConfigLoader> };

/** The checkout's config file as the CLI looked for it; null under --no-config, which looks for none. */
function headOrigin(configFile: string | null, lookedFor: LookedFor | null): ConfigOrigin | null {
  return lookedFor === null ? null : { from: 'head', file: configFile ?? CONFIG_FILE_PATH, commit: null, found: configFile !== null };
}

/** --no-config reads no file, so it has no ignore entry to place. */
const NO_CONFIG_READ: ConfigOrigin = { from: 'head', file: CONFIG_FILE_PATH, commit: null, found: false };

function headEntries(lookedFor: LookedFor | null): HeadConfigEntries | null {
  return lookedFor?.loaded ? { file: lookedFor.loaded.file, entries: lookedFor.loaded.config.ignore } : null;
}

/** The CLI compares with git alone: the merge base of HEAD and REF, read from the local history. */
async function loadCliBase(root: string, baseRef: string): Promise<BaseTree> {
  const layout = await readCheckoutLayout(root, root);
  return loadBaseTree({ plan: planBaseCommit(NO_EVENT, layout.head, baseRef), layout, api: null, temporaryParent: os.tmpdir() });
}

const NO_EVENT = { kind: 'other', sha: null, headSha: null, baseSha: null } as const;

/** The config file at the merge base of HEAD and --base, from the local history; what the checkout changes in it is said on standard error. */
async function chooseCliBaseConfig(lookedFor: LookedFor, baseRef: string): Promise<{ loaded: ReturnType<ConfigLoader>; origin: ConfigOrigin; lines: string[] }> {
  const layout = await readCheckoutLayout(lookedFor.root, lookedFor.root);
  const chosen = await chooseConfig({
    configFrom: 'base',
    head: lookedFor.loaded?.config ?? null,
    configFile: path.relative(lookedFor.root, lookedFor.file),
    checkoutRoot: lookedFor.root,
    repositoryRoot: layout.repositoryRoot,
    plan: planBaseCommit(NO_EVENT, layout.head, baseRef),
    api: () => Promise.resolve(null),
  });
  const commit = chosen.origin.commit === null ? '' : ` ${chosen.origin.commit.slice(0, 7)}`;
  const file = `${chosen.change?.file ?? path.relative(lookedFor.root, lookedFor.file)} (merge base${commit})`;
  return {
    loaded: chosen.config ? { config: chosen.config, file } : null,
    origin: chosen.origin,
    lines: [...chosen.notes, ...(chosen.change ? [configChangeText(chosen.change, 'this change')] : [])],
  };
}

/** --config names a file anywhere (it must exist, a regular file under the cap); without it, DIR/.github/client-go-token-gate.yml when present. */
const loadCliConfig: ConfigLoader = (root, explicitPath) => {
  if (explicitPath === null) {
    const config = readConfigFile(root, CONFIG_FILE_PATH, CLI_DEFAULT_CONFIG_PLACE);
    return config ? { config, file: CONFIG_FILE_PATH } : null;
  }
  const text = readExplicitConfigFile(explicitPath, '--config');
  const file = path.relative(process.cwd(), explicitPath) || explicitPath;
  return { config: parseConfigFile(text, file), file };
};
