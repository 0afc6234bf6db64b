/**
 * `go get`, `go install`, `go mod download` and `go mod edit -require= / -replace=` naming a Kubernetes
 * module (k8s.io/*, github.com/kubernetes/*) at a version. Every such module is recorded with the others
 * of its command as siblings; the resolve stage keeps client-go and decides which siblings move with it.
 */
import type { SiblingModule } from '../model/reference.js';
import { isProgram, programWords } from './dockerfile-command-words.js';
import type { ExpandedText } from './dockerfile-expansion.js';
import type { DockerfileReferenceRecord } from './dockerfile-records.js';
import { versionAt } from './dockerfile-version-text.js';

export interface CommandContext {
  keyword: string;
  /** 1-based line of the instruction. */
  line: number;
}

/** path[/package]@version; the path is the module when it is client-go or a staging module. */
const MODULE_AT_VERSION = /^((?:k8s\.io|github\.com\/kubernetes)\/[A-Za-z0-9._-]+)(\/[^@\s]*)?@(.*)$/;
const EDIT_FLAG = /^--?(require|replace)(?:=(.*))?$/;

interface ModuleArgument {
  word: ExpandedText;
  /** Where `path@version` starts inside the word (after `-require=`). */
  offset: number;
  text: string;
}

export function findGoModuleVersions(words: readonly ExpandedText[], context: CommandContext): DockerfileReferenceRecord[] {
  const program = programWords(words);
  if (!isProgram(program[0], 'go')) return [];
  const subcommand = program[1]?.text;
  if (subcommand === 'get' || subcommand === 'install') return moduleVersions(program.slice(2), `go ${subcommand}`, context);
  if (subcommand !== 'mod') return [];
  if (program[2]?.text === 'download') return moduleVersions(program.slice(3), 'go mod download', context);
  if (program[2]?.text === 'edit') return editVersions(program.slice(3), context);
  return [];
}

function moduleVersions(argumentWords: readonly ExpandedText[], command: string, context: CommandContext): DockerfileReferenceRecord[] {
  const modules = argumentWords.filter((word) => !word.text.startsWith('-')).map((word) => ({ word, offset: 0, text: word.text }));
  return moduleRecords(modules, command, context);
}

function moduleRecords(modules: readonly ModuleArgument[], command: string, context: CommandContext): DockerfileReferenceRecord[] {
  const versions = modules.flatMap((argument) => {
    const match = MODULE_AT_VERSION.exec(argument.text);
    return match ? [{ argument, path: match[1] ?? '', version: match[3] ?? '' }] : [];
  });
  return versions.map(({ argument, path, version }) => {
    const siblings = versions.filter((other) => other.argument !== argument).map((other) => ({ path: other.path, version: other.version }));
    const versionStart = argument.offset + argument.text.length - version.length;
    return record('module-version', path, argument, versionStart, command, context, siblings);
  });
}

function record(
  carrier: 'module-version' | 'module-replace',
  subject: string,
  argument: ModuleArgument,
  versionStart: number,
  command: string,
  context: CommandContext,
  siblings: SiblingModule[],
): DockerfileReferenceRecord {
  return {
    carrier,
    scheme: 'client-go',
    subject,
    component: null,
    keyword: context.keyword,
    line: context.line,
    context: argument.text,
    version: versionAt(argument.word, versionStart, argument.word.text.length, context.keyword),
    siblings,
    notes: [`\`${command}\` in the ${context.keyword} on line ${context.line}`],
  };
}

/** go mod edit takes `-require=path@v` and `-require path@v`, `-replace=old[@v]=new[@v]` likewise. */
function editVersions(argumentWords: readonly ExpandedText[], context: CommandContext): DockerfileReferenceRecord[] {
  const requires: ModuleArgument[] = [];
  const replaces: ModuleArgument[] = [];
  for (let i = 0; i < argumentWords.length; i += 1) {
    const word = argumentWords[i] as ExpandedText;
    const flag = EDIT_FLAG.exec(word.text);
    if (!flag) continue;
    const inline = flag[2] !== undefined;
    const valueWord = inline ? word : argumentWords[(i += 1)];
    if (!valueWord) break;
    const offset = inline ? word.text.indexOf('=') + 1 : 0;
    (flag[1] === 'require' ? requires : replaces).push({ word: valueWord, offset, text: valueWord.text.slice(offset) });
  }
  return [...moduleRecords(requires, 'go mod edit -require', context), ...replaces.flatMap((replace) => replaceRecord(replace, context))];
}

function replaceRecord(argument: ModuleArgument, context: CommandContext): DockerfileReferenceRecord[] {
  const arrow = argument.text.indexOf('=');
  if (arrow === -1) return [];
  const old = argument.text.slice(0, arrow);
  const oldPath = old.split('@')[0] ?? '';
  if (!MODULE_AT_VERSION.test(`${oldPath}@`)) return [];
  const target = argument.text.slice(arrow + 1);
  const targetStart = argument.offset + arrow + 1;
  const directory = /^(?:\.{1,2}(?:\/|$)|\/)/.test(target);
  const at = target.lastIndexOf('@');
  const versionStart = directory || at === -1 ? targetStart : targetStart + at + 1;
  const replaced = record('module-replace', oldPath, argument, versionStart, 'go mod edit -replace', context, []);
  replaced.replacement = directory ? { module: null, directory: target } : { module: at === -1 ? target : target.slice(0, at), directory: null };
  return [replaced];
}
