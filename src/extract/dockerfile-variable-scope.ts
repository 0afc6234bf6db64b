/**
 * ARG and ENV as docker build scopes them: global ARGs (before the first FROM) are seen by FROM lines
 * only, unless a stage declares `ARG NAME` again; a stage sees its own ARGs and ENVs, plus the ENVs of
 * the stage it starts FROM. Build args override ARG defaults, never ENV. Values are expanded in order,
 * when they are defined, so a variable that is defined later is empty at that point (docker warns).
 */
import type { SkippedLine } from '../model/diagnostic.js';
import {
  buildArgText,
  EMPTY_TEXT,
  expandWord,
  ExpansionBudget,
  inheritedText,
  type Binding,
  type ExpandedText,
  type Scope,
  type VariableDefinition,
} from './dockerfile-expansion.js';
import type { LogicalText } from './dockerfile-logical-text.js';
import { lexWords } from './dockerfile-shell-words.js';
import type { InstructionProperty } from './dockerfile-syntax.js';

/** Set by docker build from the build and target platforms; their values depend on where it runs. */
const PLATFORM_ARGS = ['TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT'];

export interface StageVariables {
  /** ARGs and ENVs the stage's instructions see. */
  scope: Map<string, Binding>;
  /** ENVs alone: what a later stage FROM this one inherits. */
  environment: Map<string, Binding>;
}

export class DockerfileVariables {
  private readonly global = new Map<string, Binding>();
  private stage: StageVariables | null = null;

  constructor(
    private readonly buildArgs: ReadonlyMap<string, string>,
    private readonly escape: string,
    /** Every ARG/ENV name with the 0-based lines defining it, to tell a forward reference from a typo. */
    private readonly definedLines: ReadonlyMap<string, readonly number[]>,
    private readonly problems: SkippedLine[],
    private readonly budget: ExpansionBudget = new ExpansionBudget(),
  ) {}

  /** What a FROM line sees: global ARGs and the platform ARGs docker build predefines. */
  fromScope(): Scope {
    return { get: (name) => this.global.get(name) ?? this.platformArg(name) };
  }

  private platformArg(name: string): Binding | undefined {
    if (!PLATFORM_ARGS.includes(name)) return undefined;
    const value = this.buildArgs.get(name);
    return {
      definition: { name, keyword: 'ARG', line: 0, nameRange: { start: { line: 0, column: 0 }, end: { line: 0, column: 0 } } },
      value: value === undefined ? null : buildArgText(name, value),
      missing: `${name} is set by docker build from the platform it builds for`,
    };
  }

  /** The scope of the current stage (the global one before the first FROM). */
  currentScope(): Scope {
    return this.stage?.scope ?? this.global;
  }

  startStage(inherited: StageVariables | null): StageVariables {
    const environment = new Map(inherited?.environment ?? []);
    this.stage = { scope: new Map(environment), environment };
    return this.stage;
  }

  defineArg(property: InstructionProperty, line: number): void {
    const definition: VariableDefinition = { name: property.name, keyword: 'ARG', line, nameRange: property.nameRange };
    const target = this.stage?.scope ?? this.global;
    target.set(property.name, this.argBinding(definition, property.value));
  }

  defineEnv(property: InstructionProperty, line: number): void {
    const definition: VariableDefinition = { name: property.name, keyword: 'ENV', line, nameRange: property.nameRange };
    const value = property.value ? this.expandValue(definition, property.value) : EMPTY_TEXT;
    const binding: Binding = { definition, value, missing: null };
    const stage = this.stage;
    if (!stage) {
      // ENV before any FROM is a docker build error; keep it where a later FROM can still see nothing of it.
      this.problems.push({ line: line + 1, reason: `ENV ${property.name} comes before the first FROM (docker build rejects it); ignored` });
      return;
    }
    stage.scope.set(property.name, binding);
    stage.environment.set(property.name, binding);
  }

  private argBinding(definition: VariableDefinition, rawDefault: LogicalText | null): Binding {
    const passed = this.buildArgs.get(definition.name);
    if (passed !== undefined) return { definition, value: buildArgText(definition.name, passed), missing: null };
    if (rawDefault) return { definition, value: this.expandValue(definition, rawDefault), missing: null };
    const global = this.stage ? this.global.get(definition.name) : undefined;
    if (global) {
      return { definition, value: global.value ? inheritedText(global.value, global.definition) : null, missing: global.missing };
    }
    const name = definition.name;
    if (PLATFORM_ARGS.includes(name)) return { definition, value: null, missing: `${name} is set by docker build from the platform it builds for` };
    return {
      definition,
      value: null,
      missing: `ARG ${name} (line ${definition.line + 1}) has no default and no build arg sets it; pass ${name}=… in docker-build-args (CLI: --build-arg ${name}=…)`,
    };
  }

  private expandValue(definition: VariableDefinition, raw: LogicalText): ExpandedText {
    const [command] = lexWords(raw, 'value', this.escape).commands;
    const word = command?.words[0];
    if (!word) return EMPTY_TEXT;
    const value = expandWord(word, raw, this.currentScope(), (name) => this.whyUndeclared(definition, name), this.budget);
    this.reportUnresolved(definition, value);
    return value;
  }

  private whyUndeclared(definition: VariableDefinition, name: string): string {
    const where = `${definition.keyword} ${definition.name} (line ${definition.line + 1})`;
    if (name === definition.name) return `${where} refers to itself`;
    const later = firstAfter(this.definedLines.get(name) ?? [], definition.line);
    if (later !== undefined) return `${where} uses \${${name}} before ${name} is defined (line ${later + 1}); docker build reads it as empty`;
    return `${where} uses \${${name}}, which no ARG or ENV before it declares`;
  }

  /** docker build expands a value once, in order: a name defined later, or the value's own name, is empty here. */
  private reportUnresolved(definition: VariableDefinition, value: ExpandedText): void {
    for (const name of unresolvedNames(value)) {
      const where = `${definition.keyword} ${definition.name} (line ${definition.line + 1})`;
      if (name === definition.name) {
        this.problems.push({ line: definition.line + 1, reason: `${where} depends on itself (an ARG/ENV cycle); its value stays unknown` });
        continue;
      }
      const later = firstAfter(this.definedLines.get(name) ?? [], definition.line);
      if (later !== undefined) {
        this.problems.push({ line: definition.line + 1, reason: `${where} uses \${${name}} before it is defined on line ${later + 1}; docker build reads it as empty, the gate as unknown` });
      }
    }
  }
}

function unresolvedNames(text: ExpandedText, found = new Set<string>()): Set<string> {
  for (const piece of text.pieces) {
    if (piece.kind === 'unresolved') found.add(piece.use.name);
    else if (piece.kind === 'value') unresolvedNames(piece.value, found);
  }
  return found;
}

/** The first of ascending `lines` after `line`: a binary search, as a name may be defined thousands of times. */
function firstAfter(lines: readonly number[], line: number): number | undefined {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((lines[middle] as number) > line) high = middle;
    else low = middle + 1;
  }
  return lines[low];
}
