import { writeFile } from 'node:fs/promises';
import type { SuppressedFinding } from '../evaluate/suppressions.js';
import type { ScanReport } from '../model/report.js';
import { renderJson } from '../report/json.js';
import { renderMarkdownSummary } from '../report/markdown-summary.js';
import { renderSarif } from '../report/sarif.js';
import { renderText } from '../report/text.js';
import type { OutputFormat } from '../settings/cli-settings.js';
import { README_URL, TOOL } from '../tool-identity.js';

export interface CliOutput {
  write(text: string): void;
}

export function renderForCli(report: ScanReport, format: OutputFormat, color: boolean, suppressed: readonly SuppressedFinding[] = []): string {
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'sarif':
      return `${JSON.stringify(renderSarif(report, { toolVersion: TOOL.version, informationUri: README_URL }), null, 2)}\n`;
    case 'markdown':
      return renderMarkdownSummary(report, undefined, undefined, { suppressed });
    case 'text':
      return renderText(report, { color });
  }
}

/** The CLI's only sink: standard output, or the --output file. */
export async function publishToCli(rendered: string, output: string | null, stdout: CliOutput): Promise<void> {
  if (output) {
    await writeFile(output, rendered);
    return;
  }
  stdout.write(rendered.endsWith('\n') ? rendered : `${rendered}\n`);
}
