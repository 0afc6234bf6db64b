import type { SuppressedFinding } from '../evaluate/suppressions.js';
import type { ScanReport } from '../model/report.js';
import { baselineSentence, type BaselineView } from '../report/baseline-wording.js';
import { renderJson } from '../report/json.js';
import { renderMarkdownSummary } from '../report/markdown-summary.js';
import { renderSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import type { OutputFormat } from '../settings/cli-settings.js';
import { README_URL, TOOL } from '../tool-identity.js';
import { writeFileWhole } from './write-file-whole.js';

export interface CliOutput {
  write(text: string): void;
}

/** `baseline` is given under --base: the machine formats then carry each finding's status, as the action's do. */
export function renderForCli(report: ScanReport, format: OutputFormat, color: boolean, suppressed: readonly SuppressedFinding[] = [], baseline: BaselineView | null = null): string {
  const compared = baseline ? { baseline } : {};
  switch (format) {
    case 'json':
      return renderJson(report, compared);
    case 'sarif':
      return `${JSON.stringify(renderSarif(report, { toolVersion: TOOL.version, informationUri: README_URL, ...compared }), null, 2)}\n`;
    case 'markdown':
      return renderMarkdownSummary(report, undefined, undefined, { suppressed, ...compared });
    case 'text':
      return baseline ? `${renderText(report, { color })}\n${baselineSentence(report, baseline)}\n` : renderText(report, { color });
  }
}

/** The CLI's only sink: standard output, or the --output file. */
export async function publishToCli(rendered: string, output: string | null, stdout: CliOutput): Promise<void> {
  if (output) {
    await writeFileWhole(output, rendered);
    return;
  }
  stdout.write(rendered.endsWith('\n') ? rendered : `${rendered}\n`);
}
