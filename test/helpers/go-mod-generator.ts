/**
 * Random and mutated go.mod / go.work texts for the differential test, from a seed: well-formed files
 * built from the directives the gate reads, then a few mutations of the kinds a hostile pull request
 * uses (control bytes, NUL, CR, BOM, Unicode, quotes, parentheses, comments, versions, local paths).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

const PATHS = [
  'k8s.io/client-go', 'k8s.io/api', 'k8s.io/apimachinery', 'github.com/kubernetes/client-go', 'example.com/fork/client-go',
  'example.com/m/v2', 'gopkg.in/yaml.v2', 'golang.org/x/net', '"k8s.io/client\\x2dgo"', '"k8s.io/client-go"', 'example.com/é', 'a',
];
/** Paths Go refuses (a backquoted string, a malformed major suffix), picked now and then. */
const ODD_PATHS = ['`k8s.io/client-go`', 'k8s.io/client-go/v11', 'example.com/a/v1', "k8s.io/client'go", 'gopkg.in/yaml'];
const VERSIONS = [
  'v0.20.0', 'v11.0.0+incompatible', 'v0.0.0-20190620085101-78d2af792bab', 'v1.2', 'v1', 'v0.20.0+meta', 'v1.0.0-rc.1',
  'v0.20.0-alpha.0.0.20210101000000-abcdefabcdef', '"v0.20.0"', 'v0.21.0',
];
const ODD_VERSIONS = ['v11.0.0', 'v2.0.0', 'v1.0.0-01', 'master', 'v012.0.0', 'kubernetes-1.14.0', '`v0.20.0`', '"v0.\\x32"'];
const LOCAL_PATHS = ['./fork', '../client-go', '/abs/client-go', '.\\win', 'C:/x', '"./with space"', './x/..', 'staging/src/k8s.io/client-go'];
const COMMENTS = ['// indirect', '//indirect', '// indirect; test', '// indirect;', '// note', '// \u0001', '// \u0000', '// é😀', '//', '// \r'];

function modulePath(random: Random): string {
  return random() < 0.1 ? pick(random, ODD_PATHS) : pick(random, PATHS);
}

function moduleVersion(random: Random): string {
  return random() < 0.1 ? pick(random, ODD_VERSIONS) : pick(random, VERSIONS);
}

function requireLine(random: Random): string {
  const comment = random() < 0.3 ? ` ${pick(random, COMMENTS)}` : '';
  return `${modulePath(random)} ${moduleVersion(random)}${comment}`;
}

function replaceLine(random: Random): string {
  const left = random() < 0.5 ? modulePath(random) : `${modulePath(random)} ${moduleVersion(random)}`;
  const right = random() < 0.4 ? pick(random, LOCAL_PATHS) : `${modulePath(random)} ${moduleVersion(random)}`;
  const comment = random() < 0.3 ? ` ${pick(random, COMMENTS)}` : '';
  return `${left} => ${right}${comment}`;
}

function directive(random: Random, verb: string, line: (random: Random) => string): string {
  if (random() < 0.5) return `${verb} ${line(random)}`;
  const count = 1 + Math.floor(random() * 3);
  return `${verb} (\n${Array.from({ length: count }, () => `\t${line(random)}`).join('\n')}\n)`;
}

function goModBody(random: Random): string[] {
  const lines = ['module example.com/app', '', `go 1.${10 + Math.floor(random() * 10)}`, ''];
  const count = 1 + Math.floor(random() * 4);
  for (let index = 0; index < count; index += 1) {
    const choice = random();
    if (choice < 0.45) lines.push(directive(random, 'require', requireLine));
    else if (choice < 0.8) lines.push(directive(random, 'replace', replaceLine));
    else if (choice < 0.9) lines.push(directive(random, 'exclude', (r) => `${modulePath(r)} ${moduleVersion(r)}`));
    else lines.push(pick(random, ['retract v1.0.0', 'retract [v1.0.0, v1.1.0] // bad', '// a comment', 'retract (\n\tv1.0.1\n)']));
  }
  return lines;
}

function goWorkBody(random: Random): string[] {
  const lines = [`go 1.${18 + Math.floor(random() * 2)}`, ''];
  const count = 1 + Math.floor(random() * 4);
  for (let index = 0; index < count; index += 1) {
    if (random() < 0.4) lines.push(directive(random, 'use', (r) => pick(r, LOCAL_PATHS)));
    else lines.push(directive(random, 'replace', replaceLine));
  }
  return lines;
}

const INSERTIONS = [
  '\u0001', '\u0000', '\u007f', '\u001b', '\r', '\r\n', '\n', '\t', '\ufeff', '\u00a0', '\u200b', '\u2028', 'é', '😀', '\ufffd',
  '"', "'", '`', '(', ')', '( )', '[', ']', ',', '{', '//', '// x', '/*', '*/', '=>', ' => ', '\\', '+incompatible',
  ' v1.2.3', ' v0.0.0-20200101000000-0123456789ab', ' ./local', ' ', '\u000b', '\u000c', '\u0085',
];

/** One mutation: insert a fragment, delete a span, duplicate or swap lines. Byte-level faults are added later. */
function mutate(random: Random, text: string): string {
  const at = Math.floor(random() * (text.length + 1));
  const choice = random();
  if (choice < 0.25) return commentOnLine(random, text);
  if (choice < 0.7) return text.slice(0, at) + pick(random, INSERTIONS) + text.slice(at);
  if (choice < 0.8) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 6));
  const lines = text.split('\n');
  const line = Math.floor(random() * lines.length);
  if (choice < 0.9) lines.splice(line, 0, lines[line] ?? '');
  else lines.splice(line, 1);
  return lines.join('\n');
}

/** A trailing comment holding hostile bytes on one line: Go reads the line, and so must the gate. */
function commentOnLine(random: Random, text: string): string {
  const lines = text.split('\n');
  const line = Math.floor(random() * lines.length);
  const fragment = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, INSERTIONS.filter((item) => !item.includes('\n')))).join('');
  lines[line] = `${lines[line] ?? ''} //${fragment}`;
  return lines.join('\n');
}

export interface GeneratedCase {
  kind: 'go.mod' | 'go.work';
  bytes: Buffer;
}

/** Case `index` of the run seeded with `seed`: a valid file, then 0–3 mutations (a few with an invalid UTF-8 byte). */
export function generateCase(seed: number, index: number): GeneratedCase {
  const random = seededRandom(seed * 1_000_003 + index);
  const kind = random() < 0.75 ? 'go.mod' : 'go.work';
  let text = (kind === 'go.mod' ? goModBody(random) : goWorkBody(random)).join('\n') + '\n';
  const mutations = random() < 0.3 ? 0 : 1 + Math.floor(random() * 3);
  for (let count = 0; count < mutations; count += 1) text = mutate(random, text);
  let bytes = Buffer.from(text, 'utf8');
  if (random() < 0.05) {
    const at = Math.floor(random() * bytes.length);
    bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]);
  }
  return { kind, bytes };
}
