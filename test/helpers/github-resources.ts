import { createHash } from 'node:crypto';

/**
 * GitHub REST resources as GitHub sends them, with every field their schema requires: users,
 * repositories, pull requests, check runs, comments, commits, comparisons, rate limits, errors. The fake
 * API answers with them and the event payloads embed them; both are validated against GitHub's
 * descriptions, so a field missing here shows up as a violation, not as a surprise on a real runner.
 * URLs point at api.github.com and github.com, as on github.com itself.
 */

export const API_ROOT = 'https://api.github.com';
export const WEB_ROOT = 'https://github.com';
/** Every timestamp the fake makes up: fixed, so nothing depends on the clock. */
export const RESOURCE_TIME = '2026-01-02T03:04:05Z';

export interface Account {
  login: string;
  type: 'Bot' | 'User' | 'Organization';
}

export interface SimpleUser extends Account {
  id: number;
  node_id: string;
  [field: string]: unknown;
}

/** A stable id for a login, so the same account always has the same id and node_id. */
export function accountId(login: string): number {
  return Number.parseInt(createHash('sha1').update(login).digest('hex').slice(0, 8), 16);
}

/** Base64 of a made-up GraphQL global id: GitHub's node ids look like this and clients treat them as opaque. */
function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64');
}

export function simpleUser(account: Account): SimpleUser {
  const id = accountId(account.login);
  const api = `${API_ROOT}/users/${encodeURIComponent(account.login)}`;
  const bot = account.type === 'Bot' && account.login.endsWith('[bot]');
  return {
    login: account.login,
    id,
    node_id: nodeId(account.type, id),
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: bot ? `${WEB_ROOT}/apps/${encodeURIComponent(account.login.slice(0, -'[bot]'.length))}` : `${WEB_ROOT}/${encodeURIComponent(account.login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: account.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** GET /user for the token's own account: the private view, which only the account itself gets. */
export function authenticatedUser(account: Account): Record<string, unknown> {
  return {
    ...simpleUser(account),
    user_view_type: 'private',
    name: null,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    twitter_username: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: RESOURCE_TIME,
    updated_at: RESOURCE_TIME,
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

/**
 * A public repository, with the fields of the REST `repository` schema and those the webhook payloads
 * add (`has_discussions`, `topics`, `visibility`).
 */
export function repository(fullName: string): Record<string, unknown> {
  const [ownerLogin = 'octo', name = 'repo'] = fullName.split('/');
  const id = accountId(`repository:${fullName}`);
  const api = `${API_ROOT}/repos/${fullName}`;
  const web = `${WEB_ROOT}/${fullName}`;
  const urls = Object.fromEntries(
    Object.entries(REPOSITORY_URL_PATHS).map(([field, suffix]) => [field, `${api}${suffix}`]),
  );
  return {
    id,
    node_id: nodeId('Repository', id),
    name,
    full_name: fullName,
    owner: simpleUser({ login: ownerLogin, type: 'User' }),
    private: false,
    visibility: 'public',
    html_url: web,
    description: null,
    fork: ownerLogin !== 'octo',
    url: api,
    ...urls,
    git_url: `git://github.com/${fullName}.git`,
    ssh_url: `git@github.com:${fullName}.git`,
    clone_url: `${web}.git`,
    svn_url: web,
    mirror_url: null,
    homepage: null,
    language: 'Go',
    size: 1,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    open_issues: 0,
    open_issues_count: 0,
    default_branch: 'main',
    topics: [],
    has_issues: true,
    has_projects: true,
    has_downloads: true,
    has_wiki: true,
    has_pages: false,
    has_discussions: false,
    archived: false,
    disabled: false,
    license: null,
    created_at: RESOURCE_TIME,
    updated_at: RESOURCE_TIME,
    pushed_at: RESOURCE_TIME,
  };
}

const REPOSITORY_URL_PATHS: Record<string, string> = {
  archive_url: '/{archive_format}{/ref}',
  assignees_url: '/assignees{/user}',
  blobs_url: '/git/blobs{/sha}',
  branches_url: '/branches{/branch}',
  collaborators_url: '/collaborators{/collaborator}',
  comments_url: '/comments{/number}',
  commits_url: '/commits{/sha}',
  compare_url: '/compare/{base}...{head}',
  contents_url: '/contents/{+path}',
  contributors_url: '/contributors',
  deployments_url: '/deployments',
  downloads_url: '/downloads',
  events_url: '/events',
  forks_url: '/forks',
  git_commits_url: '/git/commits{/sha}',
  git_refs_url: '/git/refs{/sha}',
  git_tags_url: '/git/tags{/sha}',
  hooks_url: '/hooks',
  issue_comment_url: '/issues/comments{/number}',
  issue_events_url: '/issues/events{/number}',
  issues_url: '/issues{/number}',
  keys_url: '/keys{/key_id}',
  labels_url: '/labels{/name}',
  languages_url: '/languages',
  merges_url: '/merges',
  milestones_url: '/milestones{/number}',
  notifications_url: '/notifications{?since,all,participating}',
  pulls_url: '/pulls{/number}',
  releases_url: '/releases{/id}',
  stargazers_url: '/stargazers',
  statuses_url: '/statuses/{sha}',
  subscribers_url: '/subscribers',
  subscription_url: '/subscription',
  tags_url: '/tags',
  teams_url: '/teams',
  trees_url: '/git/trees{/sha}',
};

export interface PullRequestFacts {
  number: number;
  headSha: string;
  baseSha: string;
  /** Full name of the head repository: the base repository, or a fork. */
  headRepo: string;
  baseRepo: string;
  headRef: string;
  baseRef: string;
  /** GitHub's test merge commit; null while it is not computed. */
  mergeCommitSha: string | null;
  author: Account;
}

/** An open pull request, as GET /repos/{owner}/{repo}/pulls/{pull_number} and the pull_request events give it. */
export function pullRequest(facts: PullRequestFacts): Record<string, unknown> {
  const id = accountId(`pull:${facts.baseRepo}#${facts.number}`);
  const api = `${API_ROOT}/repos/${facts.baseRepo}`;
  const self = `${api}/pulls/${facts.number}`;
  const html = `${WEB_ROOT}/${facts.baseRepo}/pull/${facts.number}`;
  const side = (ref: string, sha: string, fullName: string) => ({
    label: `${fullName.split('/')[0] ?? ''}:${ref}`,
    ref,
    sha,
    user: simpleUser({ login: fullName.split('/')[0] ?? '', type: 'User' }),
    repo: repository(fullName),
  });
  const link = (href: string) => ({ href });
  return {
    url: self,
    id,
    node_id: nodeId('PullRequest', id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${facts.number}`,
    commits_url: `${self}/commits`,
    review_comments_url: `${self}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${api}/issues/${facts.number}/comments`,
    statuses_url: `${api}/statuses/${facts.headSha}`,
    number: facts.number,
    state: 'open',
    locked: false,
    title: 'Update client-go',
    user: simpleUser(facts.author),
    body: null,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: RESOURCE_TIME,
    updated_at: RESOURCE_TIME,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: facts.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(facts.headRef, facts.headSha, facts.headRepo),
    base: side(facts.baseRef, facts.baseSha, facts.baseRepo),
    _links: {
      self: link(self),
      html: link(html),
      issue: link(`${api}/issues/${facts.number}`),
      comments: link(`${api}/issues/${facts.number}/comments`),
      review_comments: link(`${self}/comments`),
      review_comment: link(`${api}/pulls/comments{/number}`),
      commits: link(`${self}/commits`),
      statuses: link(`${api}/statuses/${facts.headSha}`),
    },
    author_association: facts.headRepo === facts.baseRepo ? 'MEMBER' : 'CONTRIBUTOR',
    auto_merge: null,
    draft: false,
    merged: false,
    mergeable: facts.mergeCommitSha === null ? null : true,
    rebaseable: facts.mergeCommitSha === null ? null : true,
    mergeable_state: facts.mergeCommitSha === null ? 'unknown' : 'clean',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1,
  };
}

/** The GitHub Actions app, which owns every check run a GITHUB_TOKEN creates. */
export function githubActionsApp(): Record<string, unknown> {
  return {
    id: 15368,
    slug: 'github-actions',
    node_id: 'MDM6QXBwMTUzNjg=',
    client_id: 'Iv1.05c79e9ad1f6bdfa',
    owner: simpleUser({ login: 'github', type: 'Organization' }),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${WEB_ROOT}/apps/github-actions`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: { checks: 'write', contents: 'write', issues: 'write', metadata: 'read', pull_requests: 'write' },
    events: ['check_run', 'check_suite', 'pull_request', 'push'],
  };
}

export interface CheckRunFacts {
  id: number;
  repo: string;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  startedAt: string | null;
  completedAt: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotationsCount: number;
}

export function checkRun(facts: CheckRunFacts): Record<string, unknown> {
  const url = `${API_ROOT}/repos/${facts.repo}/check-runs/${facts.id}`;
  return {
    id: facts.id,
    name: facts.name,
    node_id: nodeId('CheckRun', facts.id),
    head_sha: facts.headSha,
    external_id: facts.externalId ?? '',
    url,
    html_url: `${WEB_ROOT}/${facts.repo}/runs/${facts.id}`,
    details_url: facts.detailsUrl ?? `${WEB_ROOT}/${facts.repo}/runs/${facts.id}`,
    status: facts.status,
    conclusion: facts.conclusion,
    started_at: facts.startedAt ?? RESOURCE_TIME,
    completed_at: facts.completedAt,
    output: { ...facts.output, annotations_count: facts.annotationsCount, annotations_url: `${url}/annotations` },
    check_suite: { id: facts.id + 500_000 },
    app: githubActionsApp(),
    pull_requests: [],
  };
}

export interface IssueCommentFacts {
  id: number;
  repo: string;
  issue: number;
  body: string;
  author: Account;
  createdAt: string;
  updatedAt: string;
}

export function issueComment(facts: IssueCommentFacts): Record<string, unknown> {
  const api = `${API_ROOT}/repos/${facts.repo}`;
  return {
    id: facts.id,
    node_id: nodeId('IssueComment', facts.id),
    url: `${api}/issues/comments/${facts.id}`,
    html_url: `${WEB_ROOT}/${facts.repo}/pull/${facts.issue}#issuecomment-${facts.id}`,
    body: facts.body,
    user: simpleUser(facts.author),
    created_at: facts.createdAt,
    updated_at: facts.updatedAt,
    issue_url: `${api}/issues/${facts.issue}`,
    author_association: facts.author.type === 'Bot' ? 'NONE' : 'MEMBER',
  };
}

export interface CommitFacts {
  repo: string;
  sha: string;
  treeSha: string;
  parents: string[];
  message: string;
}

const GIT_PERSON = { name: 'The Octocat', email: 'octocat@example.com', date: RESOURCE_TIME };
const UNSIGNED = { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };

/** GET /repos/{owner}/{repo}/git/commits/{commit_sha}. */
export function gitCommit(facts: CommitFacts): Record<string, unknown> {
  const api = `${API_ROOT}/repos/${facts.repo}`;
  return {
    sha: facts.sha,
    node_id: nodeId('Commit', facts.sha),
    url: `${api}/git/commits/${facts.sha}`,
    html_url: `${WEB_ROOT}/${facts.repo}/commit/${facts.sha}`,
    author: GIT_PERSON,
    committer: GIT_PERSON,
    tree: { sha: facts.treeSha, url: `${api}/git/trees/${facts.treeSha}` },
    message: facts.message,
    parents: facts.parents.map((sha) => ({ sha, url: `${api}/git/commits/${sha}`, html_url: `${WEB_ROOT}/${facts.repo}/commit/${sha}` })),
    verification: UNSIGNED,
  };
}

/** GET /repos/{owner}/{repo}/commits/{ref}, and the commits of a comparison. */
export function commit(facts: CommitFacts): Record<string, unknown> {
  const api = `${API_ROOT}/repos/${facts.repo}`;
  return {
    sha: facts.sha,
    node_id: nodeId('Commit', facts.sha),
    url: `${api}/commits/${facts.sha}`,
    html_url: `${WEB_ROOT}/${facts.repo}/commit/${facts.sha}`,
    comments_url: `${api}/commits/${facts.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${facts.sha}`,
      author: GIT_PERSON,
      committer: GIT_PERSON,
      message: facts.message,
      comment_count: 0,
      tree: { sha: facts.treeSha, url: `${api}/git/trees/${facts.treeSha}` },
      verification: UNSIGNED,
    },
    // A commit whose e-mail belongs to no account has no user, as here.
    author: null,
    committer: null,
    parents: facts.parents.map((sha) => ({ sha, url: `${api}/commits/${sha}`, html_url: `${WEB_ROOT}/${facts.repo}/commit/${sha}` })),
  };
}

/** GET /repos/{owner}/{repo}/compare/{base}...{head}; the commits between them are not listed. */
export function commitComparison(repo: string, base: CommitFacts, head: CommitFacts, mergeBase: CommitFacts): Record<string, unknown> {
  const basehead = `${base.sha}...${head.sha}`;
  return {
    url: `${API_ROOT}/repos/${repo}/compare/${basehead}`,
    html_url: `${WEB_ROOT}/${repo}/compare/${basehead}`,
    permalink_url: `${WEB_ROOT}/${repo}/compare/${basehead}`,
    diff_url: `${WEB_ROOT}/${repo}/compare/${basehead}.diff`,
    patch_url: `${WEB_ROOT}/${repo}/compare/${basehead}.patch`,
    base_commit: commit(base),
    merge_base_commit: commit(mergeBase),
    status: mergeBase.sha === base.sha ? 'ahead' : 'diverged',
    ahead_by: 1,
    behind_by: mergeBase.sha === base.sha ? 0 : 1,
    total_commits: 1,
    commits: [],
    files: [],
  };
}

export interface RateLimitFacts {
  limit: number;
  remaining: number;
  /** Epoch seconds. */
  reset: number;
}

/** GET /rate_limit: the core budget as set, the others full. */
export function rateLimitOverview(core: RateLimitFacts): Record<string, unknown> {
  const budget = (limit: number, remaining = limit) => ({ limit, remaining, reset: core.reset, used: limit - remaining });
  const coreBudget = budget(core.limit, core.remaining);
  return {
    resources: {
      core: coreBudget,
      search: budget(30),
      graphql: budget(5000),
      code_search: budget(10),
      integration_manifest: budget(5000),
    },
    rate: coreBudget,
  };
}

/** The body of an error answer: `{message, documentation_url}`, with `errors` on 422. */
export function errorBody(status: number, message: string, errors: string[] = []): Record<string, unknown> {
  const body: Record<string, unknown> = { message, documentation_url: 'https://docs.github.com/rest', status: String(status) };
  if (status === 422) body.errors = errors.map((detail) => ({ resource: 'Request', code: 'invalid', message: detail }));
  return body;
}
