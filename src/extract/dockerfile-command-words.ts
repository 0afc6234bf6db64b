import type { ExpandedText } from './dockerfile-expansion.js';

/** `NAME=value` before a command sets its environment; alone it sets a shell variable. */
export const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

/** Commands that run the command after them; their own options are skipped with them. */
const WRAPPERS = new Set(['sudo', 'env', 'time', 'exec', 'nohup', 'nice', 'command', 'xargs']);

/** The program and its arguments: leading assignments and wrappers (sudo, env, time, exec…) skipped. */
export function programWords(words: readonly ExpandedText[]): readonly ExpandedText[] {
  let i = 0;
  while (i < words.length) {
    const text = words[i]?.text ?? '';
    if (ASSIGNMENT.test(text)) i += 1;
    else if (WRAPPERS.has(basename(text))) {
      i += 1;
      while (i < words.length && (words[i]?.text ?? '').startsWith('-')) i += 1;
    } else break;
  }
  return words.slice(i);
}

function basename(text: string): string {
  return text.slice(text.lastIndexOf('/') + 1);
}

/** `go`, `/usr/local/go/bin/go`: the program by its file name. */
export function isProgram(word: ExpandedText | undefined, name: string): boolean {
  return word !== undefined && basename(word.text) === name;
}
