import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openApiStatistics, requestViolations, responseViolations, type ApiRequest } from './github-openapi.js';
import {
  API_ROOT,
  RESOURCE_TIME,
  accountId,
  authenticatedUser,
  checkRun,
  commit,
  commitComparison,
  errorBody,
  gitCommit,
  issueComment,
  pullRequest,
  rateLimitOverview,
  type Account,
  type CommitFacts,
  type PullRequestFacts,
} from './github-resources.js';

/**
 * A stand-in for the GitHub REST API on 127.0.0.1, reached through GITHUB_API_URL / the client's
 * baseUrl. It keeps the state the sinks change (check runs, issue comments), serves git trees, blobs,
 * commits, comparisons, pull requests, the token's user and the rate limit, records every request, and
 * answers chosen routes with an error, a rate limit or never.
 *
 * It holds both sides to GitHub's REST API description (github-openapi.ts): every request is checked
 * (route, parameters, body, headers) and so is every answer it gives, and `useFakeGitHubApi` fails a
 * test that broke either. Beyond the description it enforces the limits GitHub enforces (50 annotations
 * a request, 65,535-character outputs, 65,536-character comments), answering 422 as GitHub would.
 */

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. /repos/octo/repo/check-runs. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | null;
  /** Lower-case header names. */
  headers: Record<string, string>;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  details_url: string | null;
  external_id: string | null;
  started_at: string | null;
  completed_at: string | null;
  output: { title: string; summary: string; text: string | null };
  /** Every annotation received, create and updates together, in order. */
  annotations: Array<Record<string, unknown>>;
}

export interface FakeComment {
  id: number;
  body: string;
  user: Account;
  html_url: string;
}

export interface FaultOptions {
  /** Fail only the first N matching requests, then serve normally. */
  times?: number;
  /** Sent with the error, over the rate-limit headers every answer carries. */
  headers?: Record<string, string>;
}

export interface RateLimitFault {
  /** primary: the hourly budget is spent (403, remaining 0); secondary: too many requests too fast. */
  kind: 'primary' | 'secondary';
  /** secondary: the Retry-After GitHub sends (60 by default). */
  retryAfterSeconds?: number;
  /** primary: when the budget comes back (60 s from now by default). */
  resetInSeconds?: number;
  /** secondary: 403 (GitHub's usual answer) or 429. */
  status?: 403 | 429;
  times?: number;
}

/** Who a token is, as the API sees it. */
export interface TokenIdentity {
  kind: 'installation' | 'personal';
  user: Account;
}

/** GITHUB_TOKEN: an app installation token; what it writes is written by github-actions[bot]. */
export const FAKE_BOT_USER = { login: 'github-actions[bot]', type: 'Bot' } as const satisfies Account;
/** The owner of any other token (a personal access token). */
export const FAKE_PAT_USER = { login: 'octocat-pat', type: 'User' } as const satisfies Account;
/** A token of the GITHUB_TOKEN kind: installation tokens start with ghs_. */
export const FAKE_INSTALLATION_TOKEN = 'ghs_16C7e42F292c6912E7710c838347Ae178B4a';
/** A classic personal access token; `test-token` and any other token that is not ghs_ are the same user. */
export const FAKE_PERSONAL_TOKEN = 'ghp_16C7e42F292c6912E7710c838347Ae178B4a';
/** The installation behind FAKE_INSTALLATION_TOKEN, named in its rate-limit message. */
export const FAKE_INSTALLATION_ID = 4242;

export function identityOfToken(token: string): TokenIdentity {
  return token.startsWith('ghs_') ? { kind: 'installation', user: { ...FAKE_BOT_USER } } : { kind: 'personal', user: { ...FAKE_PAT_USER } };
}

/**
 * Contract violations of the action's own requests that the suite tolerates until src/ is fixed; each
 * names the request and why. A violation of the fake's answers is never tolerated.
 */
export const TOLERATED_REQUEST_VIOLATIONS: readonly RegExp[] = [];

const CHECK_RUN_TEXT_LIMIT = 65_535;
const COMMENT_BODY_LIMIT = 65_536;
const ANNOTATIONS_PER_REQUEST = 50;
const RATE_LIMIT = 5000;
const RATE_LIMIT_RESET_SECONDS = 3600;

interface RouteOverride {
  method: string;
  path: string | RegExp;
  /** An HTTP status to answer with, or 'hang' to never answer. */
  answer: number | 'hang';
  message: string;
  /** Matching requests still to fail; Infinity for all. */
  remaining: number;
  headers: Record<string, string>;
  /** Rate-limit answers: the headers and message depend on the token and on when it is sent. */
  rateLimit?: RateLimitFault;
}

interface TreeEntry {
  path: string;
  mode: string;
  type: 'blob' | 'tree';
  sha: string;
  size?: number;
}

interface Route {
  method: string;
  pattern: RegExp;
  handle: (match: RegExpExecArray, request: RecordedRequest) => Reply;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface StoredCommit {
  parents: string[];
  treeSha: string;
}

export type FakePullRequest = Pick<PullRequestFacts, 'number' | 'headSha' | 'baseSha'> & Partial<Omit<PullRequestFacts, 'number' | 'headSha' | 'baseSha'>>;

export class FakeGitHubApi {
  readonly requests: RecordedRequest[] = [];
  /** Contract breaks seen since the last reset: `request: …` for what was sent, `response: …` for what the fake answered. */
  readonly violations: string[] = [];
  readonly checkRuns = new Map<number, FakeCheckRun>();
  private readonly comments = new Map<number, FakeComment[]>();
  private readonly trees = new Map<string, { entries: TreeEntry[]; truncated: boolean }>();
  private readonly blobs = new Map<string, Buffer>();
  private readonly commits = new Map<string, StoredCommit>();
  private readonly mergeBases = new Map<string, string>();
  private readonly pullRequests = new Map<number, PullRequestFacts>();
  private overrides: RouteOverride[] = [];
  private rateLimitRemaining = RATE_LIMIT;
  private rateLimitReset = 0;
  private nextId = 1000;
  private server: http.Server | null = null;
  private baseUrl = '';

  /** http://127.0.0.1:PORT — what GITHUB_API_URL would be. */
  get url(): string {
    if (this.baseUrl === '') throw new Error('the fake GitHub API is not started');
    return this.baseUrl;
  }

  async start(): Promise<void> {
    const server = http.createServer((request, response) => void this.serve(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    // A hung route keeps its socket open; close it so the server can stop.
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Forgets every request, violation, resource and override: one test cannot see another's state. */
  reset(): void {
    this.requests.length = 0;
    this.violations.length = 0;
    this.checkRuns.clear();
    this.comments.clear();
    this.trees.clear();
    this.blobs.clear();
    this.commits.clear();
    this.mergeBases.clear();
    this.pullRequests.clear();
    this.overrides = [];
    this.rateLimitRemaining = RATE_LIMIT;
    this.rateLimitReset = 0;
  }

  /** The violations so far, which are then forgotten: for a test that breaks the contract on purpose. */
  takeViolations(): string[] {
    return this.violations.splice(0);
  }

  /**
   * Answers METHOD path (a string is an exact path, a RegExp is tested) with this status from now on,
   * or only for the first `times` matching requests.
   */
  failRoute(method: string, path: string | RegExp, status: number, message = defaultMessage(status), options: FaultOptions = {}): void {
    this.overrides.push({ method, path, answer: status, message, remaining: options.times ?? Infinity, headers: options.headers ?? {} });
  }

  /** Answers METHOD path as GitHub does when a rate limit is hit. */
  rateLimitRoute(method: string, path: string | RegExp, fault: RateLimitFault): void {
    const status = fault.kind === 'primary' ? 403 : (fault.status ?? 403);
    this.overrides.push({ method, path, answer: status, message: '', remaining: fault.times ?? Infinity, headers: {}, rateLimit: fault });
  }

  /** Never answers METHOD path: for timeouts. */
  hangRoute(method: string, path: string | RegExp): void {
    this.overrides.push({ method, path, answer: 'hang', message: '', remaining: Infinity, headers: {} });
  }

  /** The core budget left, as x-ratelimit-remaining and GET /rate_limit say; each counted request spends one. */
  setRateLimitRemaining(remaining: number): void {
    this.rateLimitRemaining = remaining;
  }

  requestsTo(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && pathMatches(path, request.path));
  }

  commentsOn(issue: number): FakeComment[] {
    return this.comments.get(issue) ?? [];
  }

  addComment(issue: number, body: string, user: Account = { login: 'octocat', type: 'User' }): FakeComment {
    const id = this.nextId++;
    const comment = { id, body, user: { login: user.login, type: user.type }, html_url: `https://github.com/octo/repo/pull/${issue}#issuecomment-${id}` };
    this.comments.set(issue, [...this.commentsOn(issue), comment]);
    return comment;
  }

  /**
   * Serves `files` as the tree of `commitSha` (the trees API accepts a commit SHA), with blob SHAs computed
   * as git does, so a tree listed from a real repository can be served as it is. The commit itself is
   * served too, without parents unless addCommit gives them.
   */
  addCommitTree(commitSha: string, files: Record<string, string | Buffer>, options: { truncated?: boolean } = {}): void {
    const entries: TreeEntry[] = [];
    const directories = new Set<string>();
    for (const [path, content] of Object.entries(files)) {
      const bytes = typeof content === 'string' ? Buffer.from(content) : content;
      const sha = gitBlobSha(bytes);
      this.blobs.set(sha, bytes);
      entries.push({ path, mode: '100644', type: 'blob', sha, size: bytes.length });
      const segments = path.split('/');
      for (let depth = 1; depth < segments.length; depth += 1) directories.add(segments.slice(0, depth).join('/'));
    }
    for (const directory of directories) entries.push({ path: directory, mode: '040000', type: 'tree', sha: gitBlobSha(Buffer.from(directory)) });
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const tree = { entries, truncated: options.truncated ?? false };
    const stored = this.commits.get(commitSha) ?? { parents: [], treeSha: treeShaOf(commitSha) };
    this.commits.set(commitSha, stored);
    this.trees.set(commitSha, tree);
    this.trees.set(stored.treeSha, tree);
  }

  /** Serves a commit through git/commits/{sha} and commits/{sha}. */
  addCommit(sha: string, options: { parents: string[]; treeSha?: string }): void {
    const treeSha = options.treeSha ?? this.commits.get(sha)?.treeSha ?? treeShaOf(sha);
    const tree = this.trees.get(sha);
    if (tree) this.trees.set(treeSha, tree);
    this.commits.set(sha, { parents: [...options.parents], treeSha });
  }

  /** compare/{base}...{head} answers this merge base; other pairs are 404. */
  setMergeBase(base: string, head: string, mergeBaseSha: string): void {
    this.mergeBases.set(`${base}...${head}`, mergeBaseSha);
  }

  /** Serves GET /repos/{owner}/{repo}/pulls/{number}; head and base are octo/repo unless said. */
  addPullRequest(facts: FakePullRequest): void {
    this.pullRequests.set(facts.number, {
      headRepo: 'octo/repo',
      baseRepo: 'octo/repo',
      headRef: 'feature',
      baseRef: 'main',
      mergeCommitSha: null,
      author: { login: 'octocat', type: 'User' },
      ...facts,
    });
  }

  private async serve(incoming: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(incoming);
    const parsed = parseJson(raw);
    const request: RecordedRequest = {
      method: incoming.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: parsed.ok ? parsed.value : raw,
      authorization: incoming.headers.authorization ?? null,
      headers: Object.fromEntries(Object.entries(incoming.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')])),
    };
    this.requests.push(request);
    const contract: ApiRequest = { method: request.method, path: request.path, query: request.query, headers: incoming.headers, body: parsed.ok ? parsed.value : null };
    const sent = parsed.ok ? requestViolations(contract) : [`${request.method} ${request.path} body is not JSON`];
    this.violations.push(...sent.map((violation) => `request: ${violation}`));
    const override = this.overrides.find((candidate) => candidate.remaining > 0 && candidate.method === request.method && pathMatches(candidate.path, request.path));
    if (override?.answer === 'hang') return;
    if (override) override.remaining -= 1;
    const reply = override ? this.faultReply(override, request) : this.answer(request, parsed.ok);
    if (!sent.some((violation) => violation.endsWith("no operation in GitHub's REST API description"))) {
      const answered = responseViolations(request.method, request.path, reply.status, reply.body);
      this.violations.push(...answered.map((violation) => `response: ${violation}`));
    }
    response.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...this.rateLimitHeaders(), ...reply.headers });
    response.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  }

  private answer(request: RecordedRequest, isJson: boolean): Reply {
    if (!isJson) return { status: 400, body: errorBody(400, 'Problems parsing JSON') };
    const identity = this.identityOf(request);
    if (!identity && (request.method !== 'GET' || request.path === '/user')) return { status: 401, body: errorBody(401, 'Requires authentication') };
    if (request.path !== '/rate_limit') {
      if (this.rateLimitRemaining <= 0) return this.primaryRateLimitReply(identity, 60);
      this.rateLimitRemaining -= 1;
    }
    const routed = this.route(request, identity);
    if (routed) return routed;
    // A validly shaped request for a route this fake does not serve: GitHub's answer for what is not there.
    return notFound();
  }

  private faultReply(override: RouteOverride, request: RecordedRequest): Reply {
    const fault = override.rateLimit;
    if (!fault) return { status: override.answer as number, body: errorBody(override.answer as number, override.message, [override.message]), headers: override.headers };
    if (fault.kind === 'primary') return this.primaryRateLimitReply(this.identityOf(request), fault.resetInSeconds ?? 60);
    return {
      status: override.answer as number,
      body: errorBody(
        override.answer as number,
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
      ),
      headers: { 'retry-after': String(fault.retryAfterSeconds ?? 60) },
    };
  }

  private primaryRateLimitReply(identity: TokenIdentity | null, resetInSeconds: number): Reply {
    const who = identity?.kind === 'installation' ? `installation ID ${FAKE_INSTALLATION_ID}` : `user ID ${accountId(identity?.user.login ?? 'anonymous')}`;
    return {
      status: 403,
      body: errorBody(403, `API rate limit exceeded for ${who}. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.`),
      headers: {
        'x-ratelimit-limit': String(RATE_LIMIT),
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(nowSeconds() + resetInSeconds),
        'x-ratelimit-used': String(RATE_LIMIT),
        'x-ratelimit-resource': 'core',
      },
    };
  }

  private rateLimitHeaders(): Record<string, string> {
    return {
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(Math.max(0, this.rateLimitRemaining)),
      'x-ratelimit-reset': String(this.resetSeconds()),
      'x-ratelimit-used': String(RATE_LIMIT - Math.max(0, this.rateLimitRemaining)),
      'x-ratelimit-resource': 'core',
    };
  }

  /** The budget's window starts with the first request after a reset, as GitHub's hourly window does. */
  private resetSeconds(): number {
    if (this.rateLimitReset === 0) this.rateLimitReset = nowSeconds() + RATE_LIMIT_RESET_SECONDS;
    return this.rateLimitReset;
  }

  private identityOf(request: RecordedRequest): TokenIdentity | null {
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(request.authorization ?? '')?.[1];
    return token ? identityOfToken(token) : null;
  }

  private route(request: RecordedRequest, identity: TokenIdentity | null): Reply | null {
    for (const route of this.routes) {
      const match = route.method === request.method ? route.pattern.exec(request.path) : null;
      if (match) return route.handle(match, request);
    }
    if (request.method === 'GET' && request.path === '/user') return this.authenticatedUser(identity);
    return null;
  }

  private readonly routes: Route[] = [
    { method: 'POST', pattern: /^\/repos\/([^/]+\/[^/]+)\/check-runs$/, handle: (match, request) => this.createCheckRun(repoOf(match), request) },
    { method: 'PATCH', pattern: /^\/repos\/([^/]+\/[^/]+)\/check-runs\/(\d+)$/, handle: (match, request) => this.updateCheckRun(repoOf(match), Number(match[2]), request) },
    { method: 'GET', pattern: /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/, handle: (match, request) => this.listComments(repoOf(match), Number(match[2]), request) },
    { method: 'POST', pattern: /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/, handle: (match, request) => this.createComment(repoOf(match), Number(match[2]), request) },
    { method: 'PATCH', pattern: /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/, handle: (match, request) => this.updateComment(repoOf(match), Number(match[2]), request) },
    { method: 'GET', pattern: /^\/repos\/([^/]+\/[^/]+)\/git\/trees\/([^/]+)$/, handle: (match, request) => this.getTree(repoOf(match), match[2] ?? '', request) },
    { method: 'GET', pattern: /^\/repos\/([^/]+\/[^/]+)\/git\/blobs\/([0-9a-f]+)$/, handle: (match) => this.getBlob(repoOf(match), match[2] ?? '') },
    { method: 'GET', pattern: /^\/repos\/([^/]+\/[^/]+)\/git\/commits\/([0-9a-f]+)$/, handle: (match) => this.getGitCommit(repoOf(match), match[2] ?? '') },
    { method: 'GET', pattern: /^\/repos\/([^/]+\/[^/]+)\/commits\/([^/]+)$/, handle: (match) => this.getCommit(repoOf(match), decodeURIComponent(match[2] ?? '')) },
    { method: 'GET', pattern: /^\/repos\/([^/]+\/[^/]+)\/compare\/([^/]+)$/, handle: (match) => this.compare(repoOf(match), decodeURIComponent(match[2] ?? '')) },
    { method: 'GET', pattern: /^\/repos\/([^/]+\/[^/]+)\/pulls\/(\d+)$/, handle: (match) => this.getPullRequest(Number(match[2])) },
    { method: 'GET', pattern: /^\/rate_limit$/, handle: () => ({ status: 200, body: rateLimitOverview({ limit: RATE_LIMIT, remaining: Math.max(0, this.rateLimitRemaining), reset: this.resetSeconds() }) }) },
  ];

  private authenticatedUser(identity: TokenIdentity | null): Reply {
    if (!identity) return { status: 401, body: errorBody(401, 'Requires authentication') };
    // An installation token is no user: GitHub refuses it here.
    if (identity.kind === 'installation') return { status: 403, body: errorBody(403, 'Resource not accessible by integration') };
    return { status: 200, body: authenticatedUser(identity.user) };
  }

  private createCheckRun(repo: string, request: RecordedRequest): Reply {
    const body = objectBody(request);
    const problem = checkRunOutputProblem(body.output);
    if (typeof body.name !== 'string' || typeof body.head_sha !== 'string') return unprocessable('name and head_sha are required');
    if (problem) return unprocessable(problem);
    const output = (body.output ?? {}) as Record<string, unknown>;
    const run: FakeCheckRun = {
      id: this.nextId++,
      name: body.name,
      head_sha: body.head_sha,
      status: typeof body.conclusion === 'string' ? 'completed' : typeof body.status === 'string' ? body.status : 'queued',
      conclusion: typeof body.conclusion === 'string' ? body.conclusion : null,
      details_url: stringOrNull(body.details_url),
      external_id: stringOrNull(body.external_id),
      started_at: stringOrNull(body.started_at),
      completed_at: stringOrNull(body.completed_at),
      output: { title: String(output.title ?? ''), summary: String(output.summary ?? ''), text: typeof output.text === 'string' ? output.text : null },
      annotations: [...((output.annotations as Array<Record<string, unknown>> | undefined) ?? [])],
    };
    this.checkRuns.set(run.id, run);
    return { status: 201, body: checkRunResource(repo, run) };
  }

  private updateCheckRun(repo: string, id: number, request: RecordedRequest): Reply {
    const run = this.checkRuns.get(id);
    if (!run) return notFound();
    const body = objectBody(request);
    const problem = checkRunOutputProblem(body.output);
    if (problem) return unprocessable(problem);
    const output = body.output as Record<string, unknown> | undefined;
    if (output) {
      if (typeof output.title !== 'string' || typeof output.summary !== 'string') return unprocessable('output.title and output.summary are required');
      run.output = { title: output.title, summary: output.summary, text: typeof output.text === 'string' ? output.text : run.output.text };
      // Annotations are appended, as the Checks API does.
      run.annotations.push(...((output.annotations as Array<Record<string, unknown>> | undefined) ?? []));
    }
    if (typeof body.conclusion === 'string') {
      run.conclusion = body.conclusion;
      run.status = 'completed';
    } else if (typeof body.status === 'string') run.status = body.status;
    if (typeof body.completed_at === 'string') run.completed_at = body.completed_at;
    if (typeof body.details_url === 'string') run.details_url = body.details_url;
    return { status: 200, body: checkRunResource(repo, run) };
  }

  private listComments(repo: string, issue: number, request: RecordedRequest): Reply {
    const perPage = Math.min(100, Number(request.query.per_page ?? 30));
    const page = Number(request.query.page ?? 1);
    const all = this.commentsOn(issue);
    const pageItems = all.slice((page - 1) * perPage, page * perPage);
    const hasNext = page * perPage < all.length;
    const next = `${this.baseUrl}${request.path}?per_page=${perPage}&page=${page + 1}`;
    return { status: 200, body: pageItems.map((comment) => commentResource(repo, issue, comment)), headers: hasNext ? { link: `<${next}>; rel="next"` } : {} };
  }

  private createComment(repo: string, issue: number, request: RecordedRequest): Reply {
    const body = objectBody(request).body;
    if (typeof body !== 'string' || body.length > COMMENT_BODY_LIMIT) return unprocessable('body is missing or too long (maximum is 65536 characters)');
    const author = this.identityOf(request)?.user ?? { ...FAKE_PAT_USER };
    return { status: 201, body: commentResource(repo, issue, this.addComment(issue, body, author)) };
  }

  private updateComment(repo: string, id: number, request: RecordedRequest): Reply {
    const body = objectBody(request).body;
    if (typeof body !== 'string' || body.length > COMMENT_BODY_LIMIT) return unprocessable('body is missing or too long (maximum is 65536 characters)');
    const issue = [...this.comments.entries()].find(([, list]) => list.some((candidate) => candidate.id === id));
    const comment = issue?.[1].find((candidate) => candidate.id === id);
    if (!issue || !comment) return notFound();
    comment.body = body;
    return { status: 200, body: commentResource(repo, issue[0], comment) };
  }

  private getTree(repo: string, sha: string, request: RecordedRequest): Reply {
    const tree = this.trees.get(sha);
    if (!tree) return notFound();
    const recursive = request.query.recursive !== undefined;
    const entries = recursive ? tree.entries : tree.entries.filter((entry) => !entry.path.includes('/'));
    const kindPath = (entry: TreeEntry) => (entry.type === 'blob' ? 'blobs' : 'trees');
    return {
      status: 200,
      body: { sha, url: `${API_ROOT}/repos/${repo}/git/trees/${sha}`, truncated: tree.truncated, tree: entries.map((entry) => ({ ...entry, url: `${API_ROOT}/repos/${repo}/git/${kindPath(entry)}/${entry.sha}` })) },
    };
  }

  private getBlob(repo: string, sha: string): Reply {
    const blob = this.blobs.get(sha);
    if (!blob) return notFound();
    return {
      status: 200,
      body: { sha, node_id: Buffer.from(`Blob:${sha}`).toString('base64'), url: `${API_ROOT}/repos/${repo}/git/blobs/${sha}`, size: blob.length, encoding: 'base64', content: blob.toString('base64').replace(/(.{60})/g, '$1\n') },
    };
  }

  private getGitCommit(repo: string, sha: string): Reply {
    const facts = this.commitFacts(repo, sha);
    return facts ? { status: 200, body: gitCommit(facts) } : notFound();
  }

  private getCommit(repo: string, ref: string): Reply {
    const facts = this.commitFacts(repo, ref);
    // GitHub answers 422, not 404, for a SHA or ref it has no commit for.
    return facts ? { status: 200, body: commit(facts) } : { status: 422, body: errorBody(422, `No commit found for SHA: ${ref}`) };
  }

  private compare(repo: string, basehead: string): Reply {
    const [base = '', head = ''] = basehead.split('...');
    const mergeBase = this.mergeBases.get(`${base}...${head}`);
    if (mergeBase === undefined) return notFound();
    const facts = (sha: string) => this.commitFacts(repo, sha) ?? { repo, sha, treeSha: treeShaOf(sha), parents: [], message: `commit ${sha}` };
    return { status: 200, body: commitComparison(repo, facts(base), facts(head), facts(mergeBase)) };
  }

  private getPullRequest(number: number): Reply {
    const facts = this.pullRequests.get(number);
    return facts ? { status: 200, body: pullRequest(facts) } : notFound();
  }

  private commitFacts(repo: string, sha: string): CommitFacts | null {
    const stored = this.commits.get(sha);
    return stored ? { repo, sha, treeSha: stored.treeSha, parents: stored.parents, message: `commit ${sha.slice(0, 7)}` } : null;
  }
}

/**
 * Registers the suite's lifecycle: started once, state cleared before each test, stopped at the end;
 * after each test, a request or an answer that broke GitHub's API description fails it.
 */
export function useFakeGitHubApi(): FakeGitHubApi {
  const api = new FakeGitHubApi();
  beforeAll(() => api.start());
  beforeEach(() => api.reset());
  afterEach(() => {
    expect(untoleratedViolations(api.takeViolations())).toEqual([]);
  });
  afterAll(async () => {
    await api.stop();
    // FAKE_GITHUB_API_STATS=1 reports how much the contract check did in this test file.
    if (process.env.FAKE_GITHUB_API_STATS) process.stderr.write(`fake GitHub API contract: ${JSON.stringify(openApiStatistics())}\n`);
  });
  return api;
}

function untoleratedViolations(violations: string[]): string[] {
  return violations.filter((violation) => !(violation.startsWith('request: ') && TOLERATED_REQUEST_VIOLATIONS.some((pattern) => pattern.test(violation))));
}

/** The SHA-1 git gives a blob: over "blob <size>\0" and the content. */
export function gitBlobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\u0000`).update(content).digest('hex');
}

/** A made-up tree SHA for a commit registered without one. */
function treeShaOf(commitSha: string): string {
  return createHash('sha1').update(`tree of ${commitSha}`).digest('hex');
}

function checkRunResource(repo: string, run: FakeCheckRun): Record<string, unknown> {
  return checkRun({
    id: run.id,
    repo,
    name: run.name,
    headSha: run.head_sha,
    status: run.status,
    conclusion: run.conclusion,
    detailsUrl: run.details_url,
    externalId: run.external_id,
    startedAt: run.started_at,
    completedAt: run.completed_at,
    output: run.output,
    annotationsCount: run.annotations.length,
  });
}

function commentResource(repo: string, issue: number, comment: FakeComment): Record<string, unknown> {
  return issueComment({ id: comment.id, repo, issue, body: comment.body, author: comment.user, createdAt: RESOURCE_TIME, updatedAt: RESOURCE_TIME });
}

function checkRunOutputProblem(output: unknown): string | null {
  if (output === undefined) return null;
  const fields = output as Record<string, unknown>;
  for (const key of ['title', 'summary', 'text']) {
    const value = fields[key];
    if (typeof value === 'string' && value.length > CHECK_RUN_TEXT_LIMIT) return `output.${key} is too long (maximum is ${CHECK_RUN_TEXT_LIMIT} characters)`;
  }
  const annotations = (fields.annotations as Array<Record<string, unknown>> | undefined) ?? [];
  if (annotations.length > ANNOTATIONS_PER_REQUEST) return `at most ${ANNOTATIONS_PER_REQUEST} annotations per request`;
  for (const annotation of annotations) {
    const columns = annotation.start_column !== undefined || annotation.end_column !== undefined;
    if (columns && annotation.start_line !== annotation.end_line) return 'start_column and end_column are only allowed when start_line equals end_line';
    if (!['failure', 'warning', 'notice'].includes(String(annotation.annotation_level))) return `bad annotation_level ${String(annotation.annotation_level)}`;
    if (typeof annotation.path !== 'string' || typeof annotation.start_line !== 'number' || typeof annotation.message !== 'string') return 'annotation path, start_line and message are required';
  }
  return null;
}

function repoOf(match: RegExpExecArray): string {
  return match[1] ?? 'octo/repo';
}

function objectBody(request: RecordedRequest): Record<string, unknown> {
  return typeof request.body === 'object' && request.body !== null ? (request.body as Record<string, unknown>) : {};
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function notFound(): Reply {
  return { status: 404, body: errorBody(404, 'Not Found') };
}

function unprocessable(detail: string): Reply {
  return { status: 422, body: errorBody(422, 'Validation Failed', [detail]) };
}

function defaultMessage(status: number): string {
  if (status === 403) return 'Resource not accessible by integration';
  if (status === 404) return 'Not Found';
  if (status === 422) return 'Validation Failed';
  return `Error ${status}`;
}

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

function pathMatches(pattern: string | RegExp, path: string): boolean {
  return typeof pattern === 'string' ? pattern === path : pattern.test(path);
}

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  if (raw === '') return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
