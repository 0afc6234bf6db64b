/** What the Actions runner does to a property or message after splitting the command. */
export function runnerUnescape(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

export interface ParsedWorkflowCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
}

/** Splits a command line the way the runner does: `::name props::data`, props on ',', each on the first '='. */
export function parseWorkflowCommand(line: string): ParsedWorkflowCommand {
  const match = /^::([^ :]+)(?: ([^]*?))?::([^]*)$/.exec(line);
  if (!match) throw new Error(`not a workflow command: ${line}`);
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const [key = '', value = ''] = pair.split(/=(.*)/s);
    properties[key] = runnerUnescape(value);
  }
  return { name: match[1] ?? '', properties, data: runnerUnescape(match[3] ?? '') };
}
