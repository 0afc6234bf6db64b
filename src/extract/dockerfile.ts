/**
 * Dockerfile → every client-go (or client-go-based Kubernetes program) the image builds or pulls in,
 * read the way docker build reads the file: stage by stage, with ARG/ENV scoping and the build args from
 * the settings. Pure: text in, records out; unusable input becomes skipped lines, never an exception.
 */
import type { SkippedLine } from '../model/diagnostic.js';
import { ASSIGNMENT } from './dockerfile-command-words.js';
import { exceededLimit, MAX_DEFINITIONS_PER_FILE, MAX_REFERENCES_PER_FILE, stoppedReadingRecord } from './dockerfile-reading-limits.js';
import { findComponentImage } from './dockerfile-component-images.js';
import { expandWord, ExpansionBudget, literalText, ShellScope, type ExpandedText, type Scope } from './dockerfile-expansion.js';
import { useSpanAt } from './dockerfile-version-text.js';
import { findGitAction, findGitUrl } from './dockerfile-git-sources.js';
import { findGoModuleVersions, type CommandContext } from './dockerfile-go-commands.js';
import { boundContextSource, contextSources, goBuildSpan } from './dockerfile-go-build-stages.js';
import { longRunningKubectlUse } from './dockerfile-kubectl-uses.js';
import { positionAt, rangeOf, type LogicalText } from './dockerfile-logical-text.js';
import type { DockerfileImageRecord, DockerfileRecords, DockerfileReferenceRecord, GoBuildStageRecord, LongRunningKubectl } from './dockerfile-records.js';
import { noteText } from './dockerfile-note-text.js';
import { findReleaseDownloads } from './dockerfile-release-downloads.js';
import { lexWords, type LexMode, type RawCommand, type RawWord } from './dockerfile-shell-words.js';
import { parseDockerfileSyntax, type DockerInstruction, type DockerfileSyntax } from './dockerfile-syntax.js';
import { DockerfileVariables, type StageVariables } from './dockerfile-variable-scope.js';

export interface DockerfileExtractOptions {
  /** docker-build-args / --build-arg values. */
  buildArgs: ReadonlyMap<string, string>;
  /** Tests only: every instruction to dockerfile-ast, no shortcut, to show the shortcuts lose nothing. */
  parserOnly?: boolean;
}

interface Stage {
  name: string | null;
  line: number;
  variables: StageVariables;
  copies: { source: string; line: number }[];
  build: GoBuildStageRecord['build'] | null;
  /** Index in the references of the stage's last git clone, which a later checkout re-points. */
  lastClone: number | null;
}

/** A command whose words are expanded, with the text their positions refer to. */
interface ExpandedCommand {
  words: ExpandedText[];
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh']);

export function extractDockerfile(text: string, options: DockerfileExtractOptions): DockerfileRecords {
  const syntax = parseDockerfileSyntax(text, undefined, { parserOnly: options.parserOnly ?? false });
  const reader = new DockerfileReader(syntax, options);
  for (const instruction of syntax.instructions()) {
    reader.read(instruction);
    if (reader.isFull()) break;
  }
  return reader.records();
}

class DockerfileReader {
  private readonly problems: SkippedLine[] = [];
  private readonly variables: DockerfileVariables;
  private readonly stages: Stage[] = [];
  private readonly budget = new ExpansionBudget();
  /** The first stage of each name, as docker resolves one; a list search per FROM made many stages quadratic. */
  private readonly stagesByName = new Map<string, Stage>();
  private readonly references: DockerfileReferenceRecord[] = [];
  private readonly images: DockerfileImageRecord[] = [];
  private readonly longRunningKubectl: LongRunningKubectl[] = [];
  private reportedMissingStage = false;
  private definitions = 0;
  /** The unknown finding for the rest of the file, once a reading limit is passed. */
  private stopped: DockerfileReferenceRecord | null = null;

  constructor(
    private readonly syntax: DockerfileSyntax,
    options: DockerfileExtractOptions,
  ) {
    this.variables = new DockerfileVariables(options.buildArgs, syntax.escape, definedLines(syntax), this.problems, this.budget);
  }

  read(instruction: DockerInstruction): void {
    const line = instruction.range.start.line;
    const context: CommandContext = { keyword: instruction.keyword, line: line + 1 };
    switch (instruction.keyword) {
      case 'ARG':
        this.definitions += instruction.properties.length;
        for (const property of instruction.properties) this.variables.defineArg(property, line);
        break;
      case 'ENV':
        this.definitions += instruction.properties.length;
        for (const property of instruction.properties) this.variables.defineEnv(property, line);
        break;
      case 'FROM':
        this.readFrom(instruction, context);
        break;
      case 'RUN':
        this.withStage(context, (stage) => this.readRun(instruction, context, stage));
        break;
      case 'COPY':
      case 'ADD':
        this.withStage(context, (stage) => this.readCopy(instruction, context, stage));
        break;
      case 'CMD':
      case 'ENTRYPOINT':
        this.withStage(context, (stage) => this.readEntrypoint(instruction, context, stage));
        break;
    }
    this.checkLimits(instruction, context);
  }

  /** True once the file has passed a reading limit: the reader stops there. */
  isFull(): boolean {
    return this.stopped !== null;
  }

  private checkLimits(instruction: DockerInstruction, context: CommandContext): void {
    const counts = { references: this.references.length, definitions: this.definitions, stages: this.stages.length, expansionBudgetSpent: this.budget.spent };
    const why = exceededLimit(counts);
    if (why === null) return;
    const first = this.references[MAX_REFERENCES_PER_FILE];
    if (counts.references > MAX_REFERENCES_PER_FILE && first) {
      this.references.length = MAX_REFERENCES_PER_FILE;
      this.stopped = stoppedReadingRecord(why, { keyword: first.keyword, line: first.line, at: first.version.at, written: first.version.written });
      return;
    }
    const column = instruction.range.start.column + 1;
    const at = { line: context.line, column, endLine: context.line, endColumn: column + instruction.keyword.length };
    this.stopped = stoppedReadingRecord(why, { keyword: instruction.keyword, line: context.line, at, written: instruction.keyword });
  }

  records(): DockerfileRecords {
    const goBuildStages = this.stages.flatMap((stage) =>
      stage.build && stage.copies.length > 0 ? [{ stageLine: stage.line, stageName: stage.name, copies: stage.copies, build: stage.build }] : [],
    );
    return {
      references: [...this.references, ...(this.stopped ? [this.stopped] : [])].sort((a, b) => a.version.at.line - b.version.at.line || a.version.at.column - b.version.at.column),
      images: this.images,
      goBuildStages,
      longRunningKubectl: this.longRunningKubectl,
      skipped: [...this.syntax.problems, ...this.problems].sort((a, b) => a.line - b.line),
    };
  }

  private withStage(context: CommandContext, read: (stage: Stage) => void): void {
    const stage = this.stages.at(-1);
    if (stage) return read(stage);
    if (this.reportedMissingStage) return;
    this.reportedMissingStage = true;
    this.problems.push({ line: context.line, reason: `${context.keyword} comes before the first FROM (docker build rejects it); skipped` });
  }

  private readFrom(instruction: DockerInstruction, context: CommandContext): void {
    const [command] = this.lex(instruction.shellText, 'words', context);
    const [image, as, name] = command?.words ?? [];
    const source = instruction.shellText;
    if (!image || !source) {
      this.problems.push({ line: context.line, reason: 'FROM names no image (docker build rejects it)' });
    }
    const expanded = image && source ? this.expand(image, source, this.variables.fromScope()) : null;
    if (expanded) this.addReference(findComponentImage(expanded, context));
    const stageName = as && name && source && source.text.slice(as.start, as.end).toUpperCase() === 'AS' ? source.text.slice(name.start, name.end).toLowerCase() : null;
    const base = expanded ? this.stageNamed(expanded.text) : null;
    if (expanded && !base) this.addImage('FROM', expanded, context, this.fromPlatform(instruction, context));
    const stage: Stage = { name: stageName, line: context.line, variables: this.variables.startStage(base?.variables ?? null), copies: [], build: null, lastClone: null };
    this.stages.push(stage);
    if (stageName !== null && !this.stagesByName.has(stageName)) this.stagesByName.set(stageName, stage);
  }

  private addImage(keyword: 'FROM' | 'COPY', image: ExpandedText, context: CommandContext, platform: string | null): void {
    // `scratch` is no image: nothing to pull.
    if (image.text.toLowerCase() === 'scratch') return;
    const unresolved = image.pieces.find((piece) => piece.kind === 'unresolved');
    this.images.push({
      keyword,
      line: context.line,
      at: useSpanAt(image, 0, image.text.length),
      reference: image.text,
      unresolved: unresolved?.kind === 'unresolved' ? unresolved.reason : null,
      platform,
    });
  }

  private fromPlatform(instruction: DockerInstruction, context: CommandContext): string | null {
    const flag = instruction.flags.find((candidate) => candidate.name === 'platform');
    if (!flag?.value) return null;
    const [command] = this.lex(flag.value, 'words', context);
    const word = command?.words[0];
    const platform = word ? this.expand(word, flag.value, this.variables.fromScope()) : null;
    return platform && !platform.pieces.some((piece) => piece.kind === 'unresolved') ? platform.text : null;
  }

  /** A stage by name (case-insensitive, as docker matches them) or index. */
  private stageNamed(reference: string): Stage | null {
    const lower = reference.toLowerCase();
    const byIndex = /^\d+$/.test(lower) ? this.stages[Number(lower)] : undefined;
    return byIndex ?? this.stagesByName.get(lower) ?? null;
  }

  private readRun(instruction: DockerInstruction, context: CommandContext, stage: Stage): void {
    for (const flag of instruction.flags) {
      const source = flag.name === 'mount' && flag.value ? boundContextSource(flag.value.text) : null;
      if (source !== null) stage.copies.push({ source, line: context.line });
    }
    const scope = new ShellScope(stage.variables.scope);
    for (const command of this.runCommands(instruction, context, scope)) {
      if (this.assignShellVariables(command, scope)) continue;
      this.addReferences(findGoModuleVersions(command.words, context));
      this.readGit(command, context, stage);
      for (const word of command.words) this.addReferences(findReleaseDownloads(word, context));
      stage.build ??= goBuildSpan(command.words);
    }
  }

  /** RUN's commands, expanded one after the other so a shell assignment is seen by the commands after it. */
  private *runCommands(instruction: DockerInstruction, context: CommandContext, scope: ShellScope): Generator<ExpandedCommand> {
    const script = this.shellScript(instruction);
    if (script) {
      for (const command of this.lex(script, 'shell', context)) yield { words: command.words.map((word) => this.expand(word, script, scope)) };
      return;
    }
    // The exec form runs the program directly: no shell, so no variable is expanded.
    if (instruction.execForm) yield { words: instruction.execForm.map(literalText) };
  }

  /** The shell text of the shell form, or the script of an exec-form `["sh", "-c", "…"]`. */
  private shellScript(instruction: DockerInstruction): LogicalText | null {
    if (!instruction.execForm) return instruction.shellText;
    const [program, ...rest] = instruction.execForm.map((string) => string.text);
    const flag = rest.findIndex((text) => /^-[a-z]*c[a-z]*$/.test(text));
    if (!program || !SHELLS.has(program.slice(program.lastIndexOf('/') + 1)) || flag === -1) return null;
    return instruction.execForm[flag + 2] ?? null;
  }

  /** `V=…` or `export V=…` alone on a command: a shell variable for the rest of the RUN. */
  private assignShellVariables(command: ExpandedCommand, scope: ShellScope): boolean {
    const words = command.words[0]?.text === 'export' ? command.words.slice(1) : command.words;
    if (words.length === 0 || !words.every((word) => ASSIGNMENT.test(word.text))) return false;
    for (const word of words) {
      const name = ASSIGNMENT.exec(word.text)?.[1] ?? '';
      const value = sliceFrom(word, name.length + 1);
      const site = word.pieces[0];
      const nameRange = site?.kind === 'text' ? rangeOf(site.source, site.indices[0] ?? 0, (site.indices[0] ?? 0) + name.length) : { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } };
      scope.set(name, { definition: { name, keyword: 'shell', line: nameRange.start.line, nameRange }, value, missing: null });
    }
    return true;
  }

  private readGit(command: ExpandedCommand, context: CommandContext, stage: Stage): void {
    const action = findGitAction(command.words, context);
    if (action?.kind === 'clone') {
      stage.lastClone = this.references.length;
      this.references.push(action.record);
    } else if (action?.kind === 'checkout' && stage.lastClone !== null) {
      const clone = this.references[stage.lastClone] as DockerfileReferenceRecord;
      this.references[stage.lastClone] = {
        ...clone,
        version: { ...action.version, related: [...action.version.related, { line: clone.version.at.line, column: clone.version.at.column, label: 'git clone' }] },
        line: action.line,
        notes: [...clone.notes, `checked out ${noteText(action.written)} on line ${action.line}`],
      };
    }
  }

  private readCopy(instruction: DockerInstruction, context: CommandContext, stage: Stage): void {
    const from = instruction.flags.find((flag) => flag.name === 'from');
    if (from?.value) {
      const [command] = this.lex(from.value, 'words', context);
      const word = command?.words[0];
      const image = word ? this.expand(word, from.value, stage.variables.scope) : null;
      if (image && !this.stageNamed(image.text)) {
        this.addReference(findComponentImage(image, context));
        this.addImage('COPY', image, context, null);
      }
      return;
    }
    const source = instruction.shellText;
    if (!source) return;
    const words = this.lex(source, 'words', context).flatMap((command) => command.words.map((word) => this.expand(word, source, stage.variables.scope)));
    if (instruction.keyword === 'ADD') {
      for (const word of words.slice(0, -1)) {
        this.addReferences(findReleaseDownloads(word, context));
        this.addReference(findGitUrl(word, context));
      }
    }
    for (const path of contextSources(words)) stage.copies.push({ source: path, line: context.line });
  }

  private readEntrypoint(instruction: DockerInstruction, context: CommandContext, stage: Stage): void {
    const scope = new ShellScope(stage.variables.scope);
    for (const command of this.runCommands(instruction, context, scope)) {
      const use = longRunningKubectlUse(command.words);
      if (use) this.longRunningKubectl.push({ line: context.line, use });
    }
  }

  private expand(word: RawWord, source: LogicalText, scope: Scope): ExpandedText {
    return expandWord(word, source, scope, undefined, this.budget);
  }

  private lex(text: LogicalText | null, mode: LexMode, context: CommandContext): RawCommand[] {
    if (!text) return [];
    const result = lexWords(text, mode, this.syntax.escape);
    if (result.problem) {
      const line = positionAt(text, result.problem.index).line + 1;
      this.problems.push({ line, reason: `${context.keyword}: ${result.problem.message}; the rest of the instruction is read as one word` });
    }
    return result.commands;
  }

  private addReference(record: DockerfileReferenceRecord | null): void {
    if (record) this.references.push(record);
  }

  private addReferences(records: readonly DockerfileReferenceRecord[]): void {
    this.references.push(...records);
  }
}

/** Every ARG/ENV name with the 0-based lines that define it. */
function definedLines(syntax: DockerfileSyntax): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  let definitions = 0;
  // The reader stops past the limit: names defined further on are never looked up.
  for (const instruction of syntax.propertyInstructions()) {
    definitions += instruction.properties.length;
    if (definitions > MAX_DEFINITIONS_PER_FILE + 1) break;
    for (const property of instruction.properties) {
      const known = lines.get(property.name);
      if (known) known.push(instruction.range.start.line);
      else lines.set(property.name, [instruction.range.start.line]);
    }
  }
  return lines;
}

/** The part of an expanded word from `start` on, each piece still pointing where it came from. */
function sliceFrom(text: ExpandedText, start: number): ExpandedText {
  const pieces = text.pieces.flatMap((piece) => {
    if (piece.end <= start) return [];
    const cut = Math.max(0, start - piece.start);
    const shifted = { ...piece, start: Math.max(piece.start, start) - start, end: piece.end - start };
    if (cut === 0) return [shifted];
    if (piece.kind === 'text' || piece.kind === 'unresolved') return [{ ...shifted, indices: piece.indices.slice(cut) }];
    if (piece.kind === 'value') return [{ ...shifted, offset: piece.offset + cut }];
    return [shifted];
  });
  return { text: text.text.slice(start), pieces };
}


