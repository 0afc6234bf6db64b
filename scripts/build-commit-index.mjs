#!/usr/bin/env node
// Regenerates src/resolve/client-go-index.data.ts from a kubernetes/client-go clone, following
// ../shared/domain.md §2.6. Usage:
//   node scripts/build-commit-index.mjs --git-dir <client-go .git dir> [--out src/resolve/client-go-index.data.ts]
// Git is called a handful of times in total (for-each-ref, log, two cat-file batches), never per commit,
// so a full clone (~8 000 commits, ~1 600 tags) takes a second or two.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const DEFAULT_OUT = 'src/resolve/client-go-index.data.ts';

/** The three files whose text decides the reload classification (domain.md §2.6 step 2). */
const WATCHED_PATHS = ['rest/config.go', 'rest/transport.go', 'tools/clientcmd/client_config.go'];

/** One-letter codes keep the embedded table small; client-go-index.ts maps them back to the TSV words. */
const RELOAD_CODES = { 'yes-wrap': 'w', 'yes-btf': 'b', 'NO-btf-dropped': 'd', no: 'n', 'n/a': 'x' };

function main() {
  const { gitDir, out } = readOptions();
  const started = Date.now();
  const git = (args, input) => runGit(gitDir, args, input);

  const refs = readRefs(git);
  const commits = readCommits(git);
  classifyCommits(git, commits);
  assignLines(commits, refs);
  const module = renderModule(refs, commits);
  writeFileSync(out, module);

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.error(
    `wrote ${out}: ${commits.size} commits, ${refs.tags.length} tags, ${refs.branches.length} branches, ` +
      `${Buffer.byteLength(module)} bytes, ${seconds}s`,
  );
}

function readOptions() {
  const { values } = parseArgs({
    options: { 'git-dir': { type: 'string' }, out: { type: 'string', default: DEFAULT_OUT } },
  });
  if (!values['git-dir']) {
    console.error('usage: node scripts/build-commit-index.mjs --git-dir <client-go .git dir> [--out <file>]');
    process.exit(2);
  }
  return { gitDir: values['git-dir'], out: values.out };
}

function runGit(gitDir, args, input) {
  const result = spawnSync('git', ['--git-dir', gitDir, ...args], {
    input: input === undefined ? undefined : Buffer.from(input),
    // cat-file --batch returns every distinct version of the watched files at once (tens of MB).
    maxBuffer: 2 ** 31 - 1,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr.toString()}`);
  return result.stdout;
}

// ---------------------------------------------------------------------------
// Refs: release branches and tags, each with the Kubernetes line it stands for.

function readRefs(git) {
  const refnames = git(['for-each-ref', '--format=%(refname)', 'refs/heads', 'refs/tags'])
    .toString()
    .split('\n')
    .filter(Boolean);
  const commitOfRef = peelToCommits(git, refnames);
  const branches = [];
  const tags = [];
  refnames.forEach((refname, i) => {
    const commit = commitOfRef[i];
    if (refname.startsWith('refs/tags/')) {
      const name = refname.slice('refs/tags/'.length);
      const line = tagLine(name);
      if (line && commit) tags.push({ kind: 'tag', name, commit, line });
      else console.error(`warning: tag ${name} has no known Kubernetes line or commit; left out`);
    } else {
      const name = refname.slice('refs/heads/'.length);
      const line = branchLine(name);
      if (commit && (name === 'master' || line)) branches.push({ kind: 'branch', name, commit, line });
    }
  });
  tags.sort(compareTagsForListing);
  branches.sort(compareBranches);
  return { branches, tags };
}

/** Commit of each ref; `^{commit}` also peels tags of tags (v7.0.0 tags the kubernetes-1.10.0 tag object). */
function peelToCommits(git, refnames) {
  const input = refnames.map((refname) => `${refname}^{commit}\n`).join('');
  const rows = git(['cat-file', '--batch-check=%(objectname) %(objecttype)'], input).toString().split('\n');
  return refnames.map((_, i) => {
    const [id, type] = (rows[i] ?? '').split(' ');
    return type === 'commit' ? id : null;
  });
}

/**
 * Kubernetes line of a release branch (null for master and non-release branches). release-1.5 is
 * client-go 1.5, which carries Kubernetes 1.4 features (README matrix at v2.0.0); release-N.0 for
 * N = 2..14 is Kubernetes 1.(N+3).
 */
function branchLine(name) {
  let match = /^release-1\.(\d+)$/.exec(name);
  if (match) return { minor: Number(match[1]) === 5 ? 4 : Number(match[1]) };
  match = /^release-(\d+)\.0$/.exec(name);
  if (match && Number(match[1]) >= 2) return { minor: Number(match[1]) + 3 };
  return null;
}

/** Kubernetes line of a tag, plus the label the research table shows when it is not plain "1.X". */
function tagLine(name) {
  let match = /^kubernetes-1\.(\d+)\./.exec(name) ?? /^v0\.(\d+)\./.exec(name);
  if (match) return { minor: Number(match[1]) };
  if (name === 'v1.4.0') return { minor: 4 };
  // v1.5.2 (2021) exists only to carry retract directives; v1.5.0/v1.5.1 carry Kubernetes 1.4 features.
  if (name === 'v1.5.2') return { minor: 4, label: '(retraction-only)' };
  if (name.startsWith('v1.5.')) return { minor: 4, label: '1.4*' };
  match = /^v(\d+)\.\d+\.\d+/.exec(name);
  if (match && Number(match[1]) >= 2) return { minor: Number(match[1]) + 3 };
  return null;
}

function tagScheme(name) {
  if (name.startsWith('kubernetes-')) return 'kubernetes';
  if (name.startsWith('v0.')) return 'v0';
  return 'semver-major';
}

/** Listing order of the research table: old vN tags, then kubernetes-1.X.Y, then v0.X.Y. */
const LISTING_GROUP = { 'semver-major': 0, kubernetes: 1, v0: 2 };

function compareTagsForListing(a, b) {
  return (
    LISTING_GROUP[tagScheme(a.name)] - LISTING_GROUP[tagScheme(b.name)] || compareVersionStrings(a.name, b.name)
  );
}

/** Release branches by Kubernetes line (release-1.4 before release-1.5, both 1.4), master last. */
function compareBranches(a, b) {
  if (!a.line || !b.line) return (a.line ? 0 : 1) - (b.line ? 0 : 1);
  return a.line.minor - b.line.minor || compareVersionStrings(a.name, b.name);
}

/**
 * Version order as GNU `sort -V` applies it to these names: digit runs compare as numbers, and a
 * name that ends where the other goes on sorts first ("1.7.7" before "1.7.7-beta.0").
 */
function compareVersionStrings(a, b) {
  const left = a.match(/\d+|\D+/g) ?? [];
  const right = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.max(left.length, right.length); i += 1) {
    const [x, y] = [left[i], right[i]];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const [xDigits, yDigits] = [/^\d/.test(x), /^\d/.test(y)];
    if (xDigits && yDigits && Number(x) !== Number(y)) return Number(x) - Number(y);
    if (xDigits !== yDigits) return xDigits ? -1 : 1;
    if (!xDigits && x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

// ---------------------------------------------------------------------------
// Commits and their reload classification.

function readCommits(git) {
  const commits = new Map();
  // --all on purpose: pull-request refs hold commits that pseudo-versions can name too.
  const text = git(['log', '--all', '--format=%H %ct %P']).toString();
  for (const row of text.split('\n').filter(Boolean)) {
    const [hash, seconds, ...parents] = row.split(' ');
    commits.set(hash, { hash, ts: pseudoTimestamp(Number(seconds)), parents, via: null });
  }
  return commits;
}

/** Go pseudo-versions carry the committer time in UTC as yyyymmddhhmmss. */
function pseudoTimestamp(seconds) {
  return new Date(seconds * 1000).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

function classifyCommits(git, commits) {
  const hashes = [...commits.keys()];
  const blobIds = readBlobIds(git, hashes);
  const blobs = readBlobs(git, [...new Set(blobIds.flat().filter(Boolean))]);
  // Most commits leave the three files alone, so the same triple of blobs recurs thousands of times.
  const verdicts = new Map();
  hashes.forEach((hash, i) => {
    const key = blobIds[i].join(' ');
    if (!verdicts.has(key)) verdicts.set(key, classify(...blobIds[i].map((id) => (id ? blobs.get(id) : null))));
    Object.assign(commits.get(hash), verdicts.get(key));
  });
}

/** For each commit, the blob id of each watched path (null when the path is absent). */
function readBlobIds(git, hashes) {
  const input = hashes.flatMap((hash) => WATCHED_PATHS.map((path) => `${hash}:${path}\n`)).join('');
  const rows = git(['cat-file', '--batch-check=%(objectname) %(objecttype)'], input).toString().split('\n');
  return hashes.map((_, i) =>
    WATCHED_PATHS.map((_path, j) => {
      const [id, type] = (rows[i * WATCHED_PATHS.length + j] ?? '').split(' ');
      return type === 'blob' ? id : null;
    }),
  );
}

function readBlobs(git, ids) {
  const out = git(['cat-file', '--batch'], ids.map((id) => `${id}\n`).join(''));
  const blobs = new Map();
  let offset = 0;
  while (offset < out.length) {
    const headerEnd = out.indexOf(10, offset);
    const [id, , size] = out.subarray(offset, headerEnd).toString().split(' ');
    const start = headerEnd + 1;
    blobs.set(id, out.subarray(start, start + Number(size)).toString());
    offset = start + Number(size) + 1;
  }
  return blobs;
}

function classify(restConfig, restTransport, clientConfig) {
  if (restConfig == null) return { inCluster: 'n/a', kubeconfig: 'n/a' };
  const transportKeepsFile = /BearerTokenFile:\s*c\.BearerTokenFile/.test(restTransport ?? '');
  return {
    inCluster: classifyInCluster(functionText(restConfig, 'InClusterConfig'), transportKeepsFile),
    kubeconfig: classifyKubeconfig(clientConfig ?? '', transportKeepsFile),
  };
}

/** Text of `func name(` up to its closing brace at column 0 (gofmt guarantees that layout). */
function functionText(source, name) {
  const start = source.indexOf(`\nfunc ${name}(`);
  if (start < 0) return '';
  const end = source.indexOf('\n}', start);
  return source.slice(start, end < 0 ? undefined : end);
}

function classifyInCluster(body, transportKeepsFile) {
  if (body.includes('TokenSourceWrapTransport(')) return 'yes-wrap';
  if (/BearerTokenFile:\s*tokenFile/.test(body)) return transportKeepsFile ? 'yes-btf' : 'NO-btf-dropped';
  return 'no';
}

/** kubernetes/kubernetes#70606 wrapped the transport for a kubeconfig tokenFile; #71713 moved it to BearerTokenFile. */
function classifyKubeconfig(source, transportKeepsFile) {
  if (source.includes('TokenSourceWrapTransport(')) return 'yes-wrap';
  if (/BearerTokenFile\s*=\s*configAuthInfo\.TokenFile/.test(source)) {
    return transportKeepsFile ? 'yes-btf' : 'NO-btf-dropped';
  }
  return 'no';
}

// ---------------------------------------------------------------------------
// Kubernetes line: the lowest release branch or tag whose history contains the commit.

/**
 * Which ref names a commit's line when several are equally low: a release branch, then a
 * kubernetes-1.X.Y tag, then v0.X.Y, then vN.0.0, each in version order (as the research TSV did).
 */
const CLAIM_RANK = { kubernetes: 1, v0: 2, 'semver-major': 3 };

function compareClaimOrder(a, b) {
  const rank = (ref) => (ref.kind === 'branch' ? 0 : CLAIM_RANK[tagScheme(ref.name)]);
  return (
    a.line.minor - b.line.minor ||
    rank(a) - rank(b) ||
    (a.kind === 'branch' ? compareBranches(a, b) : compareVersionStrings(a.name, b.name))
  );
}

function assignLines(commits, refs) {
  const claimOrder = [...refs.branches.filter((b) => b.line), ...refs.tags].sort(compareClaimOrder);
  for (const ref of claimOrder) claimHistory(commits, ref);
}

/**
 * Same membership as `git rev-list <ref>`, without one process per ref: refs come lowest first, so
 * when the walk meets a claimed commit, its ancestors were claimed by a ref at least as low.
 */
function claimHistory(commits, ref) {
  const stack = [ref.commit];
  while (stack.length > 0) {
    const commit = commits.get(stack.pop());
    if (!commit || commit.via) continue;
    commit.via = ref;
    stack.push(...commit.parents);
  }
}

// ---------------------------------------------------------------------------
// Output.

/** Master develops the line after the newest release branch (or tag, once alpha tags exist). */
function devLine(refs) {
  const minors = [
    ...refs.branches.filter((b) => b.line).map((b) => b.line.minor + 1),
    ...refs.tags.map((t) => t.line.minor),
  ];
  return `1.${Math.max(...minors)}-dev`;
}

function renderModule(refs, commits) {
  const shortName = uniqueShortNames([...commits.keys()]);
  const master = refs.branches.find((b) => b.name === 'master');
  const head = master ? commits.get(master.commit) : null;
  const viaToken = new Map([
    ...refs.branches.map((branch, i) => [branch, `b${i}`]),
    ...refs.tags.map((tag, i) => [tag, `t${i}`]),
  ]);

  const branchRows = refs.branches.map((b) => [b.name, b.line ? `1.${b.line.minor}` : '-', shortName(b.commit)]);
  const tagRows = refs.tags.map((t) => [t.name, `1.${t.line.minor}`, shortName(t.commit), t.line.label ?? '']);
  const commitRows = [...commits.values()]
    .sort((a, b) => compareStrings(a.ts, b.ts) || compareStrings(a.hash, b.hash))
    .map((c) => [
      shortName(c.hash),
      c.ts,
      c.via ? viaToken.get(c.via) : 'm',
      RELOAD_CODES[c.inCluster] + RELOAD_CODES[c.kubeconfig],
    ]);

  return [
    '// GENERATED FILE - do not edit by hand.',
    '// Regenerate: node scripts/build-commit-index.mjs --git-dir <kubernetes/client-go .git dir>',
    '// Method: ../shared/domain.md §2.6. Tables are TSV, parsed on first use by client-go-index.ts.',
    '',
    `export const INDEX_SOURCE_HEAD = '${head ? shortName(head.hash) : ''}';`,
    `export const INDEX_SOURCE_TIMESTAMP = '${head ? head.ts : ''}';`,
    `export const DEV_LINE = '${devLine(refs)}';`,
    '',
    '/** name, Kubernetes line ("-" for master), commit. Row i is via token b<i>. */',
    `export const BRANCHES_TSV = ${templateLiteral(branchRows)};`,
    '',
    '/** name, Kubernetes line, commit, label where the research table shows another one. Row i is t<i>. */',
    `export const TAGS_TSV = ${templateLiteral(tagRows)};`,
    '',
    '/**',
    ' * Sorted by timestamp, then commit. Columns: commit, pseudo-version timestamp (UTC committer time),',
    ' * via (b<i> branch, t<i> tag, m master only), reload codes in-cluster then kubeconfig',
    ' * (w yes-wrap, b yes-btf, d NO-btf-dropped, n no, x n/a).',
    ' */',
    `export const COMMITS_TSV = ${templateLiteral(commitRows)};`,
    '',
  ].join('\n');
}

function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function templateLiteral(rows) {
  const text = rows.map((row) => row.join('\t').trimEnd()).join('\n');
  if (/[`\\]|\$\{/.test(text)) throw new Error('index text would break the template literal');
  return `\`${text}\``;
}

/** 12 hex digits, or more where another commit shares the first 12. */
function uniqueShortNames(hashes) {
  const sorted = [...hashes].sort();
  const names = new Map();
  sorted.forEach((hash, i) => {
    const shared = Math.max(sharedPrefix(hash, sorted[i - 1]), sharedPrefix(hash, sorted[i + 1]));
    names.set(hash, hash.slice(0, Math.max(12, shared + 1)));
  });
  return (hash) => names.get(hash) ?? hash.slice(0, 12);
}

function sharedPrefix(a, b) {
  if (!b) return 0;
  let length = 0;
  while (length < a.length && a[length] === b[length]) length += 1;
  return length;
}

main();
