import type { SuppressedFinding } from '../evaluate/suppressions.js';
import type { ScanReport } from '../model/report.js';
import { baselineSentence, type BaselineView } from '../report/baseline-wording.js';
import { renderJson } from '../report/json.js';
import { jsonForLog, logLine, logLines } from '../report/log-line.js';
import { renderMarkdownSummary } from '../report/markdown-summary.js';
import { renderSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import type { OutputFormat } from '../settings/cli-settings.js';
import type { ConfigOrigin } from '../settings/config-from.js';
import { README_URL, TOOL } from '../tool-identity.js';
import { writeFileWhole } from './write-file-whole.js';

export interface CliOutput {
  write(text: string): void;
}

export interface CliRenderExtras {
  suppressed?: readonly SuppressedFinding[];
  /** Given under --base: the machine formats then carry each finding's status, as the action's do. */
  baseline?: BaselineView | null;
  /** The config file that judged the run (null: --no-config), for the JSON report. */
  config?: ConfigOrigin | null;
}

export function renderForCli(report: ScanReport, format: OutputFormat, color: boolean, extras: CliRenderExtras = {}): string {
  const { suppressed = [], baseline = null } = extras;
  const compared = baseline ? { baseline } : {};
  switch (format) {
    case 'json':
      return renderJson(report, { ...compared, config: extras.config ?? null, suppressed });
    case 'sarif':
      return `${JSON.stringify(renderSarif(report, { toolVersion: TOOL.version, informationUri: README_URL, ...compared }), null, 2)}\n`;
    case 'markdown':
      return renderMarkdownSummary(report, undefined, undefined, { suppressed, ...compared });
    case 'text':
      return baseline ? `${renderText(report, { color })}\n${baselineSentence(report, baseline)}\n` : renderText(report, { color });
  }
}

/**
 * The CLI's only sink for the report: the --output file as rendered (a file is data), or standard output,
 * which in a workflow's `run:` step is the runner's log: JSON keeps its value, every other line goes
 * through logLine. Neutralised whether or not GITHUB_ACTIONS is set: a container step or a pipe hides it.
 */
export async function publishToCli(rendered: string, format: OutputFormat, output: string | null, stdout: CliOutput, color: boolean): Promise<void> {
  if (output) {
    await writeFileWhole(output, rendered);
    return;
  }
  const text = rendered.endsWith('\n') ? rendered : `${rendered}\n`;
  stdout.write(format === 'json' || format === 'sarif' ? jsonForLog(text) : logLines(text, { keepColour: color }));
}

/** A message on standard error: one line, named after the tool, repository text shown safely. */
export function writeCliMessage(stderr: CliOutput, message: string): void {
  stderr.write(`${logLine(`client-go-token-gate: ${message}`)}\n`);
}

/** Lines of the tool's own (usage, version) through the same function as everything else. */
export function writeCliLines(output: CliOutput, text: string): void {
  output.write(logLines(text));
}
