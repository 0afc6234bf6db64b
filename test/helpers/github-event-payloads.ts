import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { describeAjvErrors, openApiAjv, type OpenApiAjv, type OpenApiDocument } from './openapi-ajv.js';
import { RESOURCE_TIME, WEB_ROOT, pullRequest, repository, simpleUser, type Account } from './github-resources.js';

/**
 * Event payloads as GitHub writes them to GITHUB_EVENT_PATH, checked against GitHub's webhook
 * descriptions (@octokit/openapi-webhooks): an end-to-end test runs the action only on a payload GitHub
 * could send, never on a hand-made fragment of one.
 */

const WEBHOOKS_FILE = createRequire(import.meta.url).resolve('@octokit/openapi-webhooks/generated/api.github.com.json');
const DOCUMENT_ID = 'api.github.com-webhooks';
const NO_COMMIT = '0000000000000000000000000000000000000000';

/** The events the action reads a payload for, and so the ones runActionWithEvent checks. */
export const VALIDATED_EVENT_NAMES: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target', 'push', 'merge_group']);

export interface PullRequestEventOptions {
  action?: 'opened' | 'synchronize';
  number: number;
  headSha: string;
  baseSha: string;
  /** octo/repo (the default) or a fork's full name. */
  headRepo?: string;
  baseRepo?: string;
  headRef?: string;
  baseRef?: string;
  mergeCommitSha?: string | null;
  /** synchronize: the head before the push (the base commit unless given). */
  before?: string;
}

/** A pull_request (or pull_request_target) payload: the full pull request, its repository and sender. */
export function pullRequestEvent(options: PullRequestEventOptions): Record<string, unknown> {
  const action = options.action ?? 'opened';
  const headRepo = options.headRepo ?? 'octo/repo';
  const baseRepo = options.baseRepo ?? 'octo/repo';
  const author: Account = { login: headRepo === baseRepo ? 'octocat' : (headRepo.split('/')[0] ?? 'someone'), type: 'User' };
  const payload: Record<string, unknown> = {
    action,
    number: options.number,
    pull_request: pullRequest({
      number: options.number,
      headSha: options.headSha,
      baseSha: options.baseSha,
      headRepo,
      baseRepo,
      headRef: options.headRef ?? 'feature',
      baseRef: options.baseRef ?? 'main',
      mergeCommitSha: options.mergeCommitSha ?? null,
      author,
    }),
    repository: repository(baseRepo),
    sender: simpleUser(author),
  };
  if (action === 'synchronize') Object.assign(payload, { before: options.before ?? options.baseSha, after: options.headSha });
  return payload;
}

export interface PushEventOptions {
  /** The branch's commit before the push; all zeros when the push created the branch. */
  before: string;
  after: string;
  /** refs/heads/main */
  ref: string;
  repo?: string;
}

/** A push payload with its head commit (the commits in between are not listed). */
export function pushEvent(options: PushEventOptions): Record<string, unknown> {
  const repo = options.repo ?? 'octo/repo';
  const deleted = options.after === NO_COMMIT;
  const person = { name: 'The Octocat', email: 'octocat@example.com', username: 'octocat', date: RESOURCE_TIME };
  return {
    ref: options.ref,
    before: options.before,
    after: options.after,
    created: options.before === NO_COMMIT,
    deleted,
    forced: false,
    base_ref: null,
    compare: `${WEB_ROOT}/${repo}/compare/${options.before.slice(0, 12)}...${options.after.slice(0, 12)}`,
    commits: [],
    head_commit: deleted
      ? null
      : {
          id: options.after,
          tree_id: options.after,
          distinct: true,
          message: 'Update client-go',
          timestamp: RESOURCE_TIME,
          url: `${WEB_ROOT}/${repo}/commit/${options.after}`,
          author: person,
          committer: person,
          added: [],
          removed: [],
          modified: [],
        },
    repository: repository(repo),
    pusher: { name: 'octocat', email: 'octocat@example.com' },
    sender: simpleUser({ login: 'octocat', type: 'User' }),
  };
}

/** What in `payload` GitHub would never send for `eventName`; empty when it validates. */
export function validateWebhookPayload(eventName: string, payload: unknown): string[] {
  const schemaName = webhookSchemaName(eventName, payload);
  if (schemaName === null) {
    const action = actionOf(payload);
    if (action === null && (eventName === 'pull_request' || eventName === 'pull_request_target' || eventName === 'merge_group')) return [`${eventName} payload / must have required property 'action'`];
    return [`${eventName}: no webhook schema for this event${action ? ` and action ${action}` : ''}`];
  }
  const validator = webhookValidator(schemaName);
  if (!validator) return [`${eventName}: the webhook description has no ${schemaName}`];
  return validator(payload) ? [] : describeAjvErrors(`${eventName} payload `, validator.errors);
}

function webhookSchemaName(eventName: string, payload: unknown): string | null {
  const action = actionOf(payload);
  if (eventName === 'push') return 'webhook-push';
  if (eventName === 'pull_request' || eventName === 'pull_request_target') return action ? `webhook-pull-request-${kebab(action)}` : null;
  if (eventName === 'merge_group') return action ? `webhook-merge-group-${kebab(action)}` : null;
  return null;
}

function actionOf(payload: unknown): string | null {
  const action = typeof payload === 'object' && payload !== null ? (payload as { action?: unknown }).action : undefined;
  return typeof action === 'string' ? action : null;
}

function kebab(text: string): string {
  return text.replace(/_/g, '-');
}

interface LoadedWebhooks {
  ajv: OpenApiAjv;
  schemaNames: Set<string>;
  validators: Map<string, ValidateFunction>;
}

let loaded: LoadedWebhooks | null = null;

function webhookValidator(schemaName: string): ValidateFunction | null {
  loaded ??= loadWebhooks();
  if (!loaded.schemaNames.has(schemaName)) return null;
  let validator = loaded.validators.get(schemaName);
  if (!validator) {
    validator = loaded.ajv.compileComponent(schemaName);
    loaded.validators.set(schemaName, validator);
  }
  return validator;
}

function loadWebhooks(): LoadedWebhooks {
  const document = JSON.parse(readFileSync(WEBHOOKS_FILE, 'utf8')) as OpenApiDocument & { components: { schemas: Record<string, unknown> } };
  return { ajv: openApiAjv(DOCUMENT_ID, document), schemaNames: new Set(Object.keys(document.components.schemas)), validators: new Map() };
}
