import { apiFailureOf, describeApiFailure, rateLimitOf } from '../../src/publish/api-failure.js';

describe('rate limits are told from missing permissions', () => {
  it('a 403 with x-ratelimit-remaining 0 is the primary rate limit, with its reset time', () => {
    expect(rateLimitOf(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1796290000' }, 'API rate limit exceeded for installation ID 1.')).toEqual({
      kind: 'primary',
      resetsAt: '2026-12-03T09:26:40.000Z',
      retryAfterSeconds: null,
    });
  });

  it('a 403 or 429 saying "secondary rate limit", or with retry-after, is the secondary limit', () => {
    expect(rateLimitOf(403, { 'retry-after': '30' }, 'You have exceeded a secondary rate limit')).toMatchObject({ kind: 'secondary', retryAfterSeconds: 30 });
    expect(rateLimitOf(429, {}, 'Too Many Requests')).toMatchObject({ kind: 'secondary' });
  });

  it('a 403 without any of that is a permission problem', () => {
    expect(rateLimitOf(403, { 'x-ratelimit-remaining': '4999' }, 'Resource not accessible by integration')).toBeNull();
    expect(rateLimitOf(404, { 'x-ratelimit-remaining': '0' }, 'Not Found')).toBeNull();
  });

  it('the description says rate limited, from an Octokit-shaped error', () => {
    const error = Object.assign(new Error('API rate limit exceeded for installation ID 1.'), { status: 403, response: { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1796290000' } } });
    const failure = apiFailureOf(error);
    expect(describeApiFailure(failure)).toBe("HTTP 403: API rate limit exceeded for installation ID 1. (rate limited: the token's hourly API budget is spent until 2026-12-03T09:26:40Z)");
    expect(apiFailureOf(new Error('fetch failed'))).toEqual({ status: null, message: 'fetch failed', rateLimit: null });
  });
});
