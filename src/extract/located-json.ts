/**
 * A JSON parser that keeps where each value is written. JSON.parse gives values without places, and
 * Godeps.json and vendor.json findings must point at the line of the entry that decided.
 * Offsets are UTF-16 indices into the text; `end` is exclusive.
 */

interface Placed {
  start: number;
  end: number;
}

export interface JsonMember {
  key: string;
  keyStart: number;
  value: JsonNode;
}

export type JsonNode =
  | (Placed & { kind: 'object'; members: JsonMember[] })
  | (Placed & { kind: 'array'; items: JsonNode[] })
  | (Placed & { kind: 'string'; value: string })
  | (Placed & { kind: 'number' | 'boolean' | 'null'; raw: string });

export type JsonParse = { ok: true; root: JsonNode } | { ok: false; offset: number; reason: string };

/** Deeper nesting than any manifest needs; the limit keeps hostile input from exhausting the stack. */
const MAX_DEPTH = 256;
/** The depth of an array that is a member of the top-level object. */
const ENTRY_LIST_DEPTH = 1;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS: readonly ['true' | 'false' | 'null', 'boolean' | 'null'][] = [
  ['true', 'boolean'],
  ['false', 'boolean'],
  ['null', 'null'],
];
const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class JsonSyntaxError {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

/**
 * Asked of each item of an array inside the top-level object (a manifest's entry list) once it is parsed:
 * an item it turns down is not kept, so a list of a million entries costs the tree only the ones wanted.
 */
export type EntryFilter = (item: JsonNode) => boolean;

export function parseLocatedJson(text: string, keepEntry: EntryFilter = () => true): JsonParse {
  const parser = new LocatedJsonParser(text, keepEntry);
  try {
    return { ok: true, root: parser.document() };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, offset: error.offset, reason: error.reason };
    throw error;
  }
}

class LocatedJsonParser {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly keepEntry: EntryFilter,
  ) {}

  document(): JsonNode {
    const root = this.value(0);
    this.skipWhitespace();
    if (this.at < this.text.length) this.fail('unexpected text after the JSON value');
    return root;
  }

  private value(depth: number): JsonNode {
    if (depth > MAX_DEPTH) this.fail(`nested deeper than ${MAX_DEPTH} levels`);
    this.skipWhitespace();
    const char = this.text[this.at];
    if (char === '{') return this.object(depth);
    if (char === '[') return this.array(depth);
    if (char === '"') {
      const start = this.at;
      const value = this.string();
      return { kind: 'string', value, start, end: this.at };
    }
    return this.scalar();
  }

  private object(depth: number): JsonNode {
    const start = this.at;
    this.at += 1;
    const members: JsonMember[] = [];
    this.skipWhitespace();
    if (this.text[this.at] === '}') return { kind: 'object', members, start, end: (this.at += 1) };
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.at] !== '"') this.fail('expected a quoted key');
      const keyStart = this.at;
      const key = this.string();
      this.skipWhitespace();
      this.expect(':');
      members.push({ key, keyStart, value: this.value(depth + 1) });
      this.skipWhitespace();
      if (this.text[this.at] === '}') return { kind: 'object', members, start, end: (this.at += 1) };
      this.expect(',');
    }
  }

  private array(depth: number): JsonNode {
    const start = this.at;
    this.at += 1;
    const items: JsonNode[] = [];
    this.skipWhitespace();
    if (this.text[this.at] === ']') return { kind: 'array', items, start, end: (this.at += 1) };
    for (;;) {
      const item = this.value(depth + 1);
      if (depth !== ENTRY_LIST_DEPTH || this.keepEntry(item)) items.push(item);
      this.skipWhitespace();
      if (this.text[this.at] === ']') return { kind: 'array', items, start, end: (this.at += 1) };
      this.expect(',');
    }
  }

  /** Reads a string starting at its opening quote; leaves `at` after the closing quote. */
  private string(): string {
    const open = this.at;
    let value = '';
    let from = open + 1;
    for (let i = from; i < this.text.length; i += 1) {
      const code = this.text.charCodeAt(i);
      if (code === 0x22) {
        this.at = i + 1;
        return value + this.text.slice(from, i);
      }
      if (code < 0x20) this.fail('a control character inside a string', i);
      if (code !== 0x5c) continue;
      value += this.text.slice(from, i);
      const [decoded, length] = this.escape(i);
      value += decoded;
      i += length - 1;
      from = i + 1;
    }
    return this.fail('a string is not closed', open);
  }

  /** The character an escape at `i` (its backslash) stands for, and how many characters it takes. */
  private escape(i: number): [string, number] {
    const letter = this.text[i + 1] ?? '';
    const simple = SIMPLE_ESCAPES[letter];
    if (simple !== undefined) return [simple, 2];
    const hex = this.text.slice(i + 2, i + 6);
    if (letter === 'u' && /^[0-9a-fA-F]{4}$/.test(hex)) return [String.fromCharCode(parseInt(hex, 16)), 6];
    return this.fail(`invalid escape \\${letter}`, i);
  }

  private scalar(): JsonNode {
    const start = this.at;
    NUMBER.lastIndex = start;
    const number = NUMBER.exec(this.text);
    if (number) {
      this.at = start + number[0].length;
      return { kind: 'number', raw: number[0], start, end: this.at };
    }
    for (const [word, kind] of LITERALS) {
      if (this.text.startsWith(word, start)) {
        this.at = start + word.length;
        return { kind, raw: word, start, end: this.at };
      }
    }
    return this.fail(start >= this.text.length ? 'the text ends where a value should be' : 'expected a value');
  }

  private expect(char: string): void {
    if (this.text[this.at] !== char) this.fail(this.at >= this.text.length ? `the text ends where "${char}" should be` : `expected "${char}"`);
    this.at += 1;
  }

  private skipWhitespace(): void {
    for (;;) {
      const code = this.text.charCodeAt(this.at);
      if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return;
      this.at += 1;
    }
  }

  private fail(reason: string, offset = this.at): never {
    throw new JsonSyntaxError(Math.min(offset, this.text.length), reason);
  }
}

/** The members of an object with this key; Go's encoding/json lets the last one win. */
export function membersNamed(node: JsonNode, key: string): JsonMember[] {
  return node.kind === 'object' ? node.members.filter((member) => member.key === key) : [];
}
