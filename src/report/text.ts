import type { Diagnostic } from '../model/diagnostic.js';
import type { Finding } from '../model/finding.js';
import type { ScanReport } from '../model/report.js';
import { escapeTerminalText } from './escape.js';
import { groupByFile, problemLevel } from './finding-order.js';
import { relatedLocationText } from './finding-wording.js';
import { countsText, kubernetesText, policyText, reloadsText } from './report-wording.js';

export interface TextOptions {
  /** ANSI colours; the caller decides (TTY, NO_COLOR, --color), this module never looks. */
  color: boolean;
}

type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'cyan' | 'green';

const ANSI: Record<Style, [open: string, close: string]> = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  red: ['\u001b[31m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
  cyan: ['\u001b[36m', '\u001b[39m'],
  green: ['\u001b[32m', '\u001b[39m'],
};

type Paint = (text: string, style: Style) => string;

function painter(color: boolean): Paint {
  return color ? (text, style) => `${ANSI[style][0]}${text}${ANSI[style][1]}` : (text) => text;
}

const INDENT = '  ';

/** The report for people at a terminal: findings by file, diagnostics, then one summary line. */
export function renderText(report: ScanReport, options: TextOptions): string {
  const paint = painter(options.color);
  const lines: string[] = [];
  for (const group of groupByFile(report.findings)) {
    lines.push(paint(escapeTerminalText(group.file), 'bold'), ...fileFindingLines(group.findings, paint), '');
  }
  if (report.findings.length === 0) lines.push('No client-go references found.', '');
  if (report.diagnostics.length > 0) {
    lines.push(paint('Diagnostics', 'bold'), ...report.diagnostics.map((diagnostic) => diagnosticLine(diagnostic, paint)), '');
  }
  lines.push(summaryLine(report, paint));
  return `${lines.join('\n')}\n`;
}

function fileFindingLines(findings: readonly Finding[], paint: Paint): string[] {
  const locations = findings.map((finding) => `${finding.line}:${finding.column}`);
  const locationWidth = Math.max(...locations.map((location) => location.length));
  const detailIndent = `${INDENT}${' '.repeat(locationWidth)}  `;
  return findings.flatMap((finding, index) => {
    const location = (locations[index] ?? '').padEnd(locationWidth);
    const lines = [`${INDENT}${location}  ${verdictLabel(finding, paint)}  ${findingSentence(finding)}`];
    if (finding.fix) lines.push(`${detailIndent}${paint('fix:', 'dim')} ${escapeTerminalText(finding.fix)}`);
    if (finding.related.length > 0) {
      const related = finding.related.map((location) => escapeTerminalText(relatedLocationText(location))).join(', ');
      lines.push(`${detailIndent}${paint('see also:', 'dim')} ${related}`);
    }
    return lines;
  });
}

const VERDICT_WIDTH = 'outdated'.length;

function verdictLabel(finding: Finding, paint: Paint): string {
  const level = problemLevel(finding);
  const style: Style = level === 'error' ? 'red' : level === 'warning' ? 'yellow' : level === 'notice' ? 'cyan' : 'green';
  return paint(finding.verdict.padEnd(VERDICT_WIDTH), style);
}

/** `module declared → effective (Kubernetes x, reloads yes/no) message`. */
function findingSentence(finding: Finding): string {
  const traits = [`Kubernetes ${kubernetesText(finding)}`, `reloads ${reloadsText(finding)}`];
  if (finding.inferred) traits.push('inferred');
  if (finding.indirect) traits.push('indirect');
  const declared = finding.declared ?? '(none)';
  const effective = finding.effective ?? '(none)';
  const reference = `${finding.module} ${declared} → ${effective}`;
  return `${escapeTerminalText(reference)} (${traits.map(escapeTerminalText).join(', ')}) ${escapeTerminalText(finding.message)}`;
}

function diagnosticLine(diagnostic: Diagnostic, paint: Paint): string {
  const place = diagnostic.line === null ? diagnostic.file : `${diagnostic.file}:${diagnostic.line}`;
  return `${INDENT}${paint(escapeTerminalText(place), 'dim')}  ${escapeTerminalText(diagnostic.message)}`;
}

function summaryLine(report: ScanReport, paint: Paint): string {
  const result = report.result === 'fail' ? paint('fail', 'red') : paint('pass', 'green');
  const diagnostics = report.diagnostics.length;
  const diagnosticCount = diagnostics === 0 ? '' : `, ${diagnostics} diagnostic${diagnostics === 1 ? '' : 's'}`;
  return `${paint('client-go token gate:', 'bold')} ${result}: ${countsText(report)}${diagnosticCount} (${escapeTerminalText(policyText(report))})`;
}
