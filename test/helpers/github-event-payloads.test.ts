import { pullRequestEvent, pushEvent, validateWebhookPayload } from './github-event-payloads.js';
import { runActionWithEvent } from './run-bundle.js';

/** The event payload builders give what GitHub's webhook description allows, and the check refuses what it does not. */

const HEAD = 'b'.repeat(40);
const BASE = 'a'.repeat(40);

describe('event payload builders', () => {
  it('pull_request opened and synchronize, from the repository itself or a fork, validate', () => {
    expect(validateWebhookPayload('pull_request', pullRequestEvent({ number: 7, headSha: HEAD, baseSha: BASE }))).toEqual([]);
    const synchronize = pullRequestEvent({ action: 'synchronize', number: 7, headSha: HEAD, baseSha: BASE, headRepo: 'someone/repo', headRef: 'patch-1', mergeCommitSha: 'c'.repeat(40) });
    expect(validateWebhookPayload('pull_request_target', synchronize)).toEqual([]);
    expect(synchronize).toMatchObject({
      action: 'synchronize',
      after: HEAD,
      pull_request: { number: 7, merge_commit_sha: 'c'.repeat(40), head: { sha: HEAD, ref: 'patch-1', repo: { full_name: 'someone/repo', fork: true } }, base: { sha: BASE, repo: { full_name: 'octo/repo' } } },
    });
  });

  it('push, also one that created the branch, validates', () => {
    expect(validateWebhookPayload('push', pushEvent({ before: BASE, after: HEAD, ref: 'refs/heads/main' }))).toEqual([]);
    expect(validateWebhookPayload('push', pushEvent({ before: '0'.repeat(40), after: HEAD, ref: 'refs/heads/feature' }))).toEqual([]);
  });

  it('a payload missing pull_request.head, or an action, or anything of a push, does not validate', () => {
    const payload = pullRequestEvent({ number: 7, headSha: HEAD, baseSha: BASE });
    delete (payload.pull_request as Record<string, unknown>).head;
    expect(validateWebhookPayload('pull_request', payload)).toEqual(["pull_request payload /pull_request must have required property 'head'"]);
    expect(validateWebhookPayload('pull_request', { number: 7, pull_request: {} })).toEqual(["pull_request payload / must have required property 'action'"]);
    expect(validateWebhookPayload('push', { ref: 'refs/heads/main', repository: { full_name: 'octo/repo' } })).toContain("push payload / must have required property 'after'");
    expect(validateWebhookPayload('merge_group', { action: 'checks_requested' })).toEqual(["merge_group payload / must have required property 'merge_group'"]);
  });

  it('runActionWithEvent refuses a payload GitHub would never send, before running anything', async () => {
    await expect(runActionWithEvent(process.execPath, process.cwd(), {}, { name: 'pull_request', payload: { number: 7, pull_request: { number: 7 } } })).rejects.toThrow(
      /^The pull_request payload is not one GitHub sends:\npull_request payload \/ must have required property 'action'/,
    );
  });
});
