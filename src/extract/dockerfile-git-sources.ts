/**
 * client-go or kubernetes/kubernetes fetched with git: `git clone [--branch REF]`, a later `git checkout`,
 * `git switch` or `git reset --hard` in the same stage, and ADD of a git URL (`…/client-go.git#REF`).
 */
import { isProgram, programWords } from './dockerfile-command-words.js';
import type { ExpandedText } from './dockerfile-expansion.js';
import type { CommandContext } from './dockerfile-go-commands.js';
import type { DockerfileReferenceRecord, DockerfileVersion } from './dockerfile-records.js';
import { useSpanAt, versionAt } from './dockerfile-version-text.js';

type Repository = 'client-go' | 'kubernetes';

const REPOSITORY_URL = /^(?:(?:https?|git|ssh):\/\/(?:[^@/]+@)?github\.com\/|git@github\.com:)kubernetes\/(client-go|kubernetes)(?:\.git)?\/?(?:#([^:]*)(?::.*)?)?$/;

/** git's own options before the subcommand that take a value as the next word. */
const GIT_OPTIONS_WITH_VALUE = new Set(['-C', '-c', '--git-dir', '--work-tree', '--namespace', '--exec-path']);
/** git clone options that take a value as the next word (besides --branch). */
const CLONE_OPTIONS_WITH_VALUE = new Set([
  '--depth', '-c', '--config', '-o', '--origin', '--reference', '--reference-if-able', '--separate-git-dir', '-u', '--upload-pack',
  '--template', '-j', '--jobs', '--filter', '--shallow-since', '--shallow-exclude', '--server-option', '--bundle-uri',
]);

export type GitAction =
  | { kind: 'clone'; record: DockerfileReferenceRecord; repository: Repository }
  | { kind: 'checkout'; version: DockerfileVersion; written: string; line: number };

/** What one command does with git that matters here, or null. */
export function findGitAction(words: readonly ExpandedText[], context: CommandContext): GitAction | null {
  const program = programWords(words);
  if (!isProgram(program[0], 'git')) return null;
  let i = 1;
  while (i < program.length && (program[i]?.text ?? '').startsWith('-')) i += GIT_OPTIONS_WITH_VALUE.has(program[i]?.text ?? '') ? 2 : 1;
  const subcommand = program[i]?.text;
  const rest = program.slice(i + 1);
  if (subcommand === 'clone') return cloneAction(rest, context);
  if (subcommand === 'checkout' || subcommand === 'switch') return checkoutAction(rest, context, ['-b', '-B', '-c', '-C', '--orphan']);
  if (subcommand === 'reset') return checkoutAction(rest, context, []);
  return null;
}

function cloneAction(words: readonly ExpandedText[], context: CommandContext): GitAction | null {
  let branch: { word: ExpandedText; start: number } | null = null;
  let url: { word: ExpandedText; repository: Repository } | null = null;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as ExpandedText;
    const text = word.text;
    if (text === '--branch' || text === '-b') {
      const next = words[(i += 1)];
      if (next) branch = { word: next, start: 0 };
    } else if (text.startsWith('--branch=')) {
      branch = { word, start: '--branch='.length };
    } else if (CLONE_OPTIONS_WITH_VALUE.has(text)) {
      i += 1;
    } else if (!text.startsWith('-') && url === null) {
      const match = REPOSITORY_URL.exec(text);
      if (!match) return null;
      url = { word, repository: match[1] as Repository };
    }
  }
  if (!url) return null;
  const version = branch ? versionAt(branch.word, branch.start, branch.word.text.length, context.keyword) : defaultBranch(url.word);
  return { kind: 'clone', repository: url.repository, record: gitRecord(url.repository, url.word, version, context, branch ? 'git clone --branch' : 'git clone') };
}

/** A clone without --branch takes the repository's default branch, master, as it is when the image builds. */
function defaultBranch(urlWord: ExpandedText): DockerfileVersion {
  return {
    value: 'master',
    written: '(default branch)',
    at: useSpanAt(urlWord, 0, urlWord.text.length),
    variable: null,
    buildArg: null,
    related: [],
    unknownReason: null,
  };
}

/** `checkout [options] REF`, `switch -c NEW REF`, `reset --hard REF`: the first operand that names a ref. */
function checkoutAction(words: readonly ExpandedText[], context: CommandContext, newBranchOptions: readonly string[]): GitAction | null {
  for (let i = 0; i < words.length; i += 1) {
    const text = words[i]?.text ?? '';
    if (text === '--') return null;
    if (newBranchOptions.includes(text)) {
      i += 1;
      continue;
    }
    if (text.startsWith('-')) continue;
    const word = words[i] as ExpandedText;
    const prefix = /^(?:refs\/)?(?:tags\/|heads\/|remotes\/)?(?:origin\/)?/.exec(text)?.[0] ?? '';
    return { kind: 'checkout', version: versionAt(word, prefix.length, text.length, context.keyword), written: text, line: context.line };
  }
  return null;
}

/** ADD https://github.com/kubernetes/client-go.git#REF[:subdir] /dest */
export function findGitUrl(word: ExpandedText, context: CommandContext): DockerfileReferenceRecord | null {
  const match = REPOSITORY_URL.exec(word.text);
  if (!match || match[2] === undefined) return null;
  const refStart = word.text.indexOf('#') + 1;
  const version = versionAt(word, refStart, refStart + match[2].length, context.keyword);
  return gitRecord(match[1] as Repository, word, version, context, 'ADD of a git URL');
}

/** The note names the line the URL is written on: inside a heredoc, a line after the RUN's own. */
function gitRecord(repository: Repository, url: ExpandedText, version: DockerfileVersion, context: CommandContext, how: string): DockerfileReferenceRecord {
  const written = useSpanAt(url, 0, url.text.length).line;
  return {
    carrier: 'git-ref',
    scheme: repository === 'client-go' ? 'client-go' : 'kubernetes',
    subject: `kubernetes/${repository}`,
    component: repository === 'kubernetes' ? 'kubernetes' : null,
    keyword: context.keyword,
    line: context.line,
    context: url.text,
    version,
    siblings: [],
    notes: [`${how} of kubernetes/${repository} on line ${written}`],
  };
}
