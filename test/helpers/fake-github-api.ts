import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the GitHub REST API on 127.0.0.1, reached through GITHUB_API_URL / the client's
 * baseUrl. It keeps the state the sinks change (check runs, issue comments), serves git trees and
 * blobs, records every request, and answers chosen routes with an error. It enforces the API limits the
 * sinks must respect (50 annotations a request, 65,535-character outputs, 65,536-character comments),
 * so a sink that breaks one gets the 422 GitHub would send.
 */

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. /repos/octo/repo/check-runs. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  authorization: string | null;
}

export interface FakeCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title: string; summary: string; text: string | null };
  /** Every annotation received, create and updates together, in order. */
  annotations: Array<Record<string, unknown>>;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  html_url: string;
}

interface RouteOverride {
  method: string;
  path: string | RegExp;
  /** An HTTP status to answer with, or 'hang' to never answer. */
  answer: number | 'hang';
  message: string;
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

export const FAKE_BOT_USER = { login: 'github-actions[bot]', type: 'Bot' } as const;

const CHECK_RUN_TEXT_LIMIT = 65_535;
const COMMENT_BODY_LIMIT = 65_536;
const ANNOTATIONS_PER_REQUEST = 50;

export class FakeGitHubApi {
  readonly requests: RecordedRequest[] = [];
  readonly checkRuns = new Map<number, FakeCheckRun>();
  private readonly comments = new Map<number, FakeComment[]>();
  private readonly trees = new Map<string, { entries: TreeEntry[]; truncated: boolean }>();
  private readonly blobs = new Map<string, Buffer>();
  private overrides: RouteOverride[] = [];
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

  /** Forgets every request, check run, comment, tree and override: one test cannot see another's state. */
  reset(): void {
    this.requests.length = 0;
    this.checkRuns.clear();
    this.comments.clear();
    this.trees.clear();
    this.blobs.clear();
    this.overrides = [];
  }

  /** Answers METHOD path (a string is an exact path, a RegExp is tested) with this status from now on. */
  failRoute(method: string, path: string | RegExp, status: number, message = defaultMessage(status)): void {
    this.overrides.push({ method, path, answer: status, message });
  }

  /** Never answers METHOD path: for timeouts. */
  hangRoute(method: string, path: string | RegExp): void {
    this.overrides.push({ method, path, answer: 'hang', message: '' });
  }

  requestsTo(method: string, path: string | RegExp): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && pathMatches(path, request.path));
  }

  commentsOn(issue: number): FakeComment[] {
    return this.comments.get(issue) ?? [];
  }

  addComment(issue: number, body: string, user: FakeComment['user'] = { login: 'octocat', type: 'User' }): FakeComment {
    const id = this.nextId++;
    const comment = { id, body, user, html_url: `https://github.com/octo/repo/pull/${issue}#issuecomment-${id}` };
    this.comments.set(issue, [...this.commentsOn(issue), comment]);
    return comment;
  }

  /**
   * Serves `files` as the tree of `commitSha` (the trees API accepts a commit SHA), with blob SHAs computed
   * as git does, so a tree listed from a real repository can be served as it is.
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
    this.trees.set(commitSha, { entries, truncated: options.truncated ?? false });
  }

  private async serve(incoming: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(incoming);
    const request: RecordedRequest = {
      method: incoming.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: raw === '' ? null : (JSON.parse(raw) as unknown),
      authorization: incoming.headers.authorization ?? null,
    };
    this.requests.push(request);
    const override = this.overrides.find((candidate) => candidate.method === request.method && pathMatches(candidate.path, request.path));
    if (override?.answer === 'hang') return;
    const reply = override ? { status: override.answer, body: { message: override.message } } : this.route(request);
    response.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
    response.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  }

  private route(request: RecordedRequest): Reply {
    for (const route of this.routes) {
      const match = route.method === request.method ? route.pattern.exec(request.path) : null;
      if (match) return route.handle(match, request);
    }
    return { status: 404, body: { message: 'Not Found' } };
  }

  private readonly routes: Route[] = [
    { method: 'POST', pattern: /^\/repos\/[^/]+\/[^/]+\/check-runs$/, handle: (_match, request) => this.createCheckRun(request) },
    { method: 'PATCH', pattern: /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/, handle: (match, request) => this.updateCheckRun(Number(match[1]), request) },
    { method: 'GET', pattern: /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/, handle: (match, request) => this.listComments(Number(match[1]), request) },
    { method: 'POST', pattern: /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/, handle: (match, request) => this.createComment(Number(match[1]), request) },
    { method: 'PATCH', pattern: /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/, handle: (match, request) => this.updateComment(Number(match[1]), request) },
    { method: 'GET', pattern: /^\/repos\/[^/]+\/[^/]+\/git\/trees\/([^/]+)$/, handle: (match, request) => this.getTree(match[1] ?? '', request) },
    { method: 'GET', pattern: /^\/repos\/[^/]+\/[^/]+\/git\/blobs\/([0-9a-f]+)$/, handle: (match) => this.getBlob(match[1] ?? '') },
  ];

  private createCheckRun(request: RecordedRequest): Reply {
    const body = objectBody(request);
    const problem = checkRunOutputProblem(body.output);
    if (typeof body.name !== 'string' || typeof body.head_sha !== 'string') return unprocessable('name and head_sha are required');
    if (problem) return unprocessable(problem);
    const output = (body.output ?? {}) as Record<string, unknown>;
    const run: FakeCheckRun = {
      id: this.nextId++,
      name: body.name,
      head_sha: body.head_sha,
      status: typeof body.status === 'string' ? body.status : 'queued',
      conclusion: typeof body.conclusion === 'string' ? body.conclusion : null,
      output: { title: String(output.title ?? ''), summary: String(output.summary ?? ''), text: typeof output.text === 'string' ? output.text : null },
      annotations: [...((output.annotations as Array<Record<string, unknown>> | undefined) ?? [])],
    };
    this.checkRuns.set(run.id, run);
    return { status: 201, body: { ...run, html_url: `https://github.com/octo/repo/runs/${run.id}` } };
  }

  private updateCheckRun(id: number, request: RecordedRequest): Reply {
    const run = this.checkRuns.get(id);
    if (!run) return { status: 404, body: { message: 'Not Found' } };
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
    if (typeof body.conclusion === 'string') run.conclusion = body.conclusion;
    return { status: 200, body: { ...run, html_url: `https://github.com/octo/repo/runs/${run.id}` } };
  }

  private listComments(issue: number, request: RecordedRequest): Reply {
    const perPage = Math.min(100, Number(request.query.per_page ?? 30));
    const page = Number(request.query.page ?? 1);
    const all = this.commentsOn(issue);
    const pageItems = all.slice((page - 1) * perPage, page * perPage);
    const hasNext = page * perPage < all.length;
    const next = `${this.baseUrl}${request.path}?per_page=${perPage}&page=${page + 1}`;
    return { status: 200, body: pageItems, headers: hasNext ? { link: `<${next}>; rel="next"` } : {} };
  }

  private createComment(issue: number, request: RecordedRequest): Reply {
    const body = objectBody(request).body;
    if (typeof body !== 'string' || body.length > COMMENT_BODY_LIMIT) return unprocessable('body is missing or too long (maximum is 65536 characters)');
    return { status: 201, body: this.addComment(issue, body, { ...FAKE_BOT_USER }) };
  }

  private updateComment(id: number, request: RecordedRequest): Reply {
    const body = objectBody(request).body;
    if (typeof body !== 'string' || body.length > COMMENT_BODY_LIMIT) return unprocessable('body is missing or too long (maximum is 65536 characters)');
    const comment = [...this.comments.values()].flat().find((candidate) => candidate.id === id);
    if (!comment) return { status: 404, body: { message: 'Not Found' } };
    comment.body = body;
    return { status: 200, body: comment };
  }

  private getTree(sha: string, request: RecordedRequest): Reply {
    const tree = this.trees.get(sha);
    if (!tree) return { status: 404, body: { message: 'Not Found' } };
    const recursive = request.query.recursive !== undefined;
    const entries = recursive ? tree.entries : tree.entries.filter((entry) => !entry.path.includes('/'));
    return { status: 200, body: { sha, truncated: tree.truncated, tree: entries.map((entry) => ({ ...entry, url: `${this.baseUrl}/x/${entry.sha}` })) } };
  }

  private getBlob(sha: string): Reply {
    const blob = this.blobs.get(sha);
    if (!blob) return { status: 404, body: { message: 'Not Found' } };
    return { status: 200, body: { sha, size: blob.length, encoding: 'base64', content: blob.toString('base64').replace(/(.{60})/g, '$1\n') } };
  }
}

/** Registers the suite's lifecycle: started once, state cleared before each test, stopped at the end. */
export function useFakeGitHubApi(): FakeGitHubApi {
  const api = new FakeGitHubApi();
  beforeAll(() => api.start());
  beforeEach(() => api.reset());
  afterAll(() => api.stop());
  return api;
}

/** The SHA-1 git gives a blob: over "blob <size>\0" and the content. */
export function gitBlobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\u0000`).update(content).digest('hex');
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

function objectBody(request: RecordedRequest): Record<string, unknown> {
  return typeof request.body === 'object' && request.body !== null ? (request.body as Record<string, unknown>) : {};
}

function unprocessable(message: string): Reply {
  return { status: 422, body: { message: 'Validation Failed', errors: [{ message }] } };
}

function defaultMessage(status: number): string {
  if (status === 403) return 'Resource not accessible by integration';
  if (status === 422) return 'Validation Failed';
  return `Error ${status}`;
}

function pathMatches(pattern: string | RegExp, path: string): boolean {
  return typeof pattern === 'string' ? pattern === path : pattern.test(path);
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
