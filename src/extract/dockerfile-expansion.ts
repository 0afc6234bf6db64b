/**
 * Variable expansion that remembers where every character came from: the instruction itself, an ARG or
 * ENV value (itself expanded the same way), or a build arg from the settings. A variable without a value
 * stays in the text as written and is marked, so a version that needs it is reported as unknown.
 */
import type { FileRange, LogicalText } from './dockerfile-logical-text.js';
import { rangeOf } from './dockerfile-logical-text.js';
import type { RawWord, WordPart } from './dockerfile-shell-words.js';

export interface VariableDefinition {
  name: string;
  /** `shell`: an assignment inside a RUN (`V=$(…)`, `export V=…`). */
  keyword: 'ARG' | 'ENV' | 'shell';
  /** 0-based line of the defining instruction. */
  line: number;
  nameRange: FileRange;
}

export interface Binding {
  definition: VariableDefinition;
  /** null when no value is known: an ARG without default or build arg, a platform ARG. */
  value: ExpandedText | null;
  /** Why the value is unknown and how to give one. */
  missing: string | null;
}

/** The variables an instruction sees; only looked up by name. */
export interface Scope {
  get(name: string): Binding | undefined;
}

/** Variables a RUN sets for its own later commands, over the stage's; the stage's scope is not copied. */
export class ShellScope implements Scope {
  private readonly own = new Map<string, Binding>();

  constructor(private readonly outer: Scope) {}

  get(name: string): Binding | undefined {
    return this.own.get(name) ?? this.outer.get(name);
  }

  set(name: string, binding: Binding): void {
    this.own.set(name, binding);
  }
}

export interface VariableUse {
  name: string;
  /** The reference as written: `${CLIENT_GO_VERSION}`, `$V`. */
  written: string;
  range: FileRange;
  definition: VariableDefinition | null;
  /** A stage's `ARG NAME` taking the global default: a link with no text of its own in the file. */
  implicit?: boolean;
}

export type Piece =
  | { kind: 'text'; start: number; end: number; source: LogicalText; indices: readonly number[]; dynamic: boolean }
  | { kind: 'value'; start: number; end: number; value: ExpandedText; offset: number; use: VariableUse }
  | { kind: 'build-arg'; start: number; end: number; name: string }
  | { kind: 'unresolved'; start: number; end: number; source: LogicalText; indices: readonly number[]; use: VariableUse; reason: string };

export interface ExpandedText {
  text: string;
  /** Contiguous, in order, covering the whole text. */
  pieces: Piece[];
}

export const EMPTY_TEXT: ExpandedText = { text: '', pieces: [] };

/** A value given by docker-build-args / --build-arg: it has no place in the file. */
export function buildArgText(name: string, value: string): ExpandedText {
  return { text: value, pieces: value === '' ? [] : [{ kind: 'build-arg', start: 0, end: value.length, name }] };
}

/**
 * The value a stage-level `ARG NAME` (no default) takes from the global `ARG NAME=default`: the global
 * value, reached through a use of the global definition, so its characters still point at the global line.
 */
export function inheritedText(value: ExpandedText, global: VariableDefinition): ExpandedText {
  if (value.text === '') return value;
  const use: VariableUse = { name: global.name, written: '', range: global.nameRange, definition: global, implicit: true };
  return { text: value.text, pieces: [{ kind: 'value', start: 0, end: value.text.length, value, offset: 0, use }] };
}

/** Characters of the logical text itself, for words that are not expanded (exec form). */
export function literalText(source: LogicalText): ExpandedText {
  const indices = Array.from({ length: source.text.length }, (_, index) => index);
  return { text: source.text, pieces: source.text === '' ? [] : [{ kind: 'text', start: 0, end: source.text.length, source, indices, dynamic: false }] };
}

/**
 * The longest a variable's value may make a word. `ARG B=${A}${A}`, `ARG C=${B}${B}`… doubles at every
 * line: without a limit forty lines would need more memory than there is. A longer expansion is left
 * unresolved with the reason, as docker build's own would be far beyond any real version or URL.
 */
export const MAX_EXPANDED_CHARS = 64 * 1024;

/**
 * The most characters variable values may put into the words of one file, all expansions together. Each
 * expansion is capped above, but a file of 500,000 RUNs each using a 64 KiB variable would still make
 * 32 GB of text; real files use short values (a version, a URL) and stay far below. Past the budget a use
 * is left unresolved, so what it would have given is an unknown finding, not a silent pass.
 */
export const MAX_EXPANDED_CHARS_PER_FILE = 4 * 1024 * 1024;

/** What is left of the per-file budget; one per file, shared by every expansion in it. */
export class ExpansionBudget {
  /** Set when a use was refused: the reader stops after that instruction. */
  spent = false;

  constructor(public remaining: number = MAX_EXPANDED_CHARS_PER_FILE) {}
}

class TextBuilder {
  private text = '';
  private readonly pieces: Piece[] = [];

  get length(): number {
    return this.text.length;
  }

  add(piece: DistributiveOmit<Piece, 'start' | 'end'>, text: string): void {
    if (text === '') return;
    // Every caller passes a fresh object: placing it in place saves a copy per piece on big files.
    const placed = piece as Piece;
    placed.start = this.text.length;
    placed.end = this.text.length + text.length;
    this.pieces.push(placed);
    this.text += text;
  }

  build(): ExpandedText {
    return { text: this.text, pieces: this.pieces };
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Why a name that is not in scope has no value; the default suits RUN, FROM and COPY. */
export type UndeclaredReason = (name: string) => string;

const undeclared: UndeclaredReason = (name) =>
  `${name} is not declared by an ARG or ENV of this stage before this line (a global ARG must be declared again after FROM; the base image may set it)`;

export function expandWord(
  word: RawWord,
  source: LogicalText,
  scope: Scope,
  whyUndeclared: UndeclaredReason = undeclared,
  budget: ExpansionBudget = new ExpansionBudget(Number.POSITIVE_INFINITY),
): ExpandedText {
  const builder = new TextBuilder();
  expandParts(word.parts, { source, scope, whyUndeclared, budget }, builder);
  return builder.build();
}

interface ExpansionContext {
  source: LogicalText;
  scope: Scope;
  whyUndeclared: UndeclaredReason;
  budget: ExpansionBudget;
}

function expandParts(parts: readonly WordPart[], context: ExpansionContext, builder: TextBuilder): void {
  const { source } = context;
  for (const part of parts) {
    switch (part.kind) {
      case 'literal':
        builder.add({ kind: 'text', source, indices: part.indices, dynamic: false }, part.text);
        break;
      case 'dynamic':
        builder.add({ kind: 'text', source, indices: indexRange(part.start, part.end), dynamic: true }, source.text.slice(part.start, part.end));
        break;
      case 'parameter':
        expandParameter(part, context, builder);
        break;
    }
  }
}

function indexRange(start: number, end: number): number[] {
  return Array.from({ length: end - start }, (_, index) => start + index);
}

type Parameter = Extract<WordPart, { kind: 'parameter' }>;

function expandParameter(part: Parameter, context: ExpansionContext, builder: TextBuilder): void {
  const { source } = context;
  const binding = context.scope.get(part.name);
  const use: VariableUse = {
    name: part.name,
    written: source.text.slice(part.start, part.end),
    range: rangeOf(source, part.start, part.end),
    definition: binding?.definition ?? null,
  };
  const value = binding?.value ?? null;
  const unresolved = (reason: string): void =>
    builder.add({ kind: 'unresolved', source, indices: indexRange(part.start, part.end), use, reason }, use.written);
  const tooLong = value !== null && builder.length + value.text.length > MAX_EXPANDED_CHARS;
  const overBudget = value !== null && value.text.length > context.budget.remaining;
  const whole = (): void => {
    if (tooLong) return unresolved(`${use.written} expands to more than ${MAX_EXPANDED_CHARS.toLocaleString('en-US')} characters; not evaluated`);
    if (overBudget) {
      context.budget.spent = true;
      return unresolved(`${use.written}: the variables of this file expand to more than ${MAX_EXPANDED_CHARS_PER_FILE.toLocaleString('en-US')} characters in all; not evaluated`);
    }
    context.budget.remaining -= (value as ExpandedText).text.length;
    addValue(builder, value as ExpandedText, 0, (value as ExpandedText).text.length, use);
  };
  const argument = (): void => expandParts(part.argument, context, builder);
  const missing = binding ? (binding.missing ?? `${part.name} has no value`) : context.whyUndeclared(part.name);
  switch (part.operator) {
    case null:
      return value ? whole() : unresolved(missing);
    // Without a value docker build takes the default, which is what it builds unless a build arg is passed.
    case ':-':
    case ':=':
    case ':?':
      return value && value.text !== '' ? whole() : argument();
    case '-':
    case '=':
    case '?':
      return value ? whole() : argument();
    case ':+':
      if (!value) return unresolved(missing);
      return value.text === '' ? undefined : argument();
    case '+':
      return value ? argument() : binding ? unresolved(missing) : undefined;
    case '#':
    case '##':
    case '%':
    case '%%':
      if (tooLong || overBudget) return whole();
      if (value) context.budget.remaining -= value.text.length;
      return value ? trimmed(part, value, use, builder, unresolved) : unresolved(missing);
    default:
      return unresolved(`${use.written} uses an expansion the gate does not evaluate`);
  }
}

/** ${V#v}, ${V%-*}: only literal patterns are evaluated; a glob would need the shell's matcher. */
function trimmed(part: Parameter, value: ExpandedText, use: VariableUse, builder: TextBuilder, unresolved: (reason: string) => void): void {
  const literal = part.argument.every((piece) => piece.kind === 'literal');
  const pattern = part.argument.map((piece) => (piece.kind === 'literal' ? piece.text : '')).join('');
  if (!literal || /[*?[]/.test(pattern)) return unresolved(`${use.written} removes a pattern the gate does not evaluate`);
  const fromStart = part.operator === '#' || part.operator === '##';
  let start = 0;
  let end = value.text.length;
  if (fromStart && value.text.startsWith(pattern)) start = pattern.length;
  if (!fromStart && value.text.endsWith(pattern)) end -= pattern.length;
  addValue(builder, value, start, end, use);
}

function addValue(builder: TextBuilder, value: ExpandedText, start: number, end: number, use: VariableUse): void {
  builder.add({ kind: 'value', value, offset: start, use }, value.text.slice(start, end));
}
