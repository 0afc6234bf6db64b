import { judgeClientGoSource } from '../../src/extract/client-go-source.js';
import { fixtureText } from './fixture-text.js';

function judgeFixtures(configName: string | null, transportName: string | null) {
  return judgeClientGoSource({
    restConfigGo: configName === null ? null : fixtureText(`client-go-${configName}-config.go.txt`),
    restTransportGo: transportName === null ? null : fixtureText(`client-go-${transportName}-transport.go.txt`),
  });
}

describe('judgeClientGoSource on code trimmed from real client-go tags', () => {
  it.each([
    ['v8', 'read-once', false, 'rest/config.go', 25],
    ['v9', 'wrap-transport', true, 'rest/config.go', 32],
    ['v10', 'wrap-transport', true, 'rest/config.go', 32],
    ['v11', 'bearer-token-file-dropped', false, 'rest/transport.go', 21],
    ['kubernetes-1.14.3', 'bearer-token-file', true, 'rest/transport.go', 22],
    ['v12', 'bearer-token-file', true, 'rest/transport.go', 22],
    ['v0.30.0', 'bearer-token-file', true, 'rest/transport.go', 24],
    ['master', 'bearer-token-file', true, 'rest/transport.go', 25],
  ] as const)('%s: %s', (tag, mechanism, reloadsToken, evidenceFile, evidenceLine) => {
    const verdict = judgeFixtures(tag, tag);
    expect(verdict).toMatchObject({ mechanism, reloadsToken, evidenceFile, evidenceLine });
    expect(verdict.explanation).toMatch(new RegExp(`^${evidenceFile}:${evidenceLine} `));
  });

  it('v1.5.0 (no rest/config.go; the code lives under 1.5/rest): pre-1.6 layout, no reload', () => {
    const verdict = judgeClientGoSource({ restConfigGo: null, restTransportGo: null });
    expect(verdict).toMatchObject({ mechanism: 'pre-1.6-layout', reloadsToken: false, evidenceFile: 'rest/config.go' });
  });

  it('explains the v11 regression with the pull request that fixed it', () => {
    expect(judgeFixtures('v11', 'v11').explanation).toBe(
      'rest/transport.go:21 copies BearerToken but not BearerTokenFile, so the token is read once (kubernetes/kubernetes#77613)',
    );
  });

  it('names the TokenSourceWrapTransport line for v9', () => {
    expect(judgeFixtures('v9', 'v9').explanation).toContain('rest/config.go:32 InClusterConfig wraps the transport');
  });

  it('a 1.14.3-style transport does not rescue a v8 config that never sets BearerTokenFile', () => {
    expect(judgeFixtures('v8', 'kubernetes-1.14.3').mechanism).toBe('read-once');
  });
});

describe('judgeClientGoSource reads code, not text', () => {
  it('follows field assignments and unusual formatting', () => {
    expect(judgeFixtures('reformatted-assignments', 'reformatted-assignments')).toMatchObject({
      mechanism: 'bearer-token-file',
      evidenceFile: 'rest/transport.go',
      evidenceLine: 7,
    });
  });

  it('reports the BearerTokenFile assignment when the transport drops it', () => {
    const verdict = judgeFixtures('reformatted-assignments', 'v11');
    expect(verdict).toMatchObject({ mechanism: 'bearer-token-file-dropped', evidenceLine: 21 });
  });

  it('ignores comments, strings, other functions and an empty BearerTokenFile', () => {
    expect(judgeFixtures('decoy-comments', 'v12')).toMatchObject({ mechanism: 'read-once', evidenceFile: 'rest/config.go', evidenceLine: 21 });
  });

  it('only counts the copy inside TransportConfig, not a commented one or another function', () => {
    expect(judgeFixtures('v11', 'decoy-comments')).toMatchObject({ mechanism: 'bearer-token-file-dropped', evidenceLine: 6 });
  });

  it('gives the same verdict and lines for CRLF line endings', () => {
    const crlf = (name: string) => fixtureText(name).replace(/\n/g, '\r\n');
    const verdict = judgeClientGoSource({
      restConfigGo: crlf('client-go-v12-config.go.txt'),
      restTransportGo: crlf('client-go-v12-transport.go.txt'),
    });
    expect(verdict).toMatchObject({ mechanism: 'bearer-token-file', evidenceLine: 22 });
  });

  it('without rest/transport.go a BearerTokenFile cannot be shown to reach the transport', () => {
    const verdict = judgeFixtures('v12', null);
    expect(verdict).toMatchObject({ mechanism: 'bearer-token-file-dropped', reloadsToken: false, evidenceFile: 'rest/config.go', evidenceLine: 32 });
  });

  it('falls back to the whole transport file when TransportConfig is not found', () => {
    const verdict = judgeClientGoSource({
      restConfigGo: fixtureText('client-go-v12-config.go.txt'),
      restTransportGo: 'package rest\n\nvar defaults = transport.Config{\n\tBearerTokenFile: c.BearerTokenFile,\n}\n',
    });
    expect(verdict).toMatchObject({ mechanism: 'bearer-token-file', evidenceLine: 4 });
  });

  it('a rest/config.go without InClusterConfig reads nothing again', () => {
    expect(judgeClientGoSource({ restConfigGo: 'package rest\n', restTransportGo: null })).toMatchObject({
      mechanism: 'read-once',
      reloadsToken: false,
      evidenceLine: 1,
    });
  });

  it('survives an unterminated string, comment and body without throwing', () => {
    const broken = 'package rest\nfunc InClusterConfig() (*Config, error) {\n\ts := "unterminated\n\t/* never closed\n';
    expect(judgeClientGoSource({ restConfigGo: broken, restTransportGo: '\u0000\u0001' }).mechanism).toBe('read-once');
  });

  it('finds TransportConfig behind every receiver spacing, and a long run of blanks after a receiver costs no more than reading it (found by the fuzz suite)', () => {
    const copies = '{\n\treturn &transport.Config{BearerTokenFile: c.BearerTokenFile}\n}\n';
    for (const receiver of ['c *Config', 'c*Config', 'c* Config', 'c  Config', 'c\t*\tConfig']) {
      const restTransportGo = `package rest\nfunc (${receiver}) TransportConfig() (*transport.Config, error) ${copies}`;
      expect(judgeClientGoSource({ restConfigGo: fixtureText('client-go-v12-config.go.txt'), restTransportGo })).toMatchObject({ mechanism: 'bearer-token-file', evidenceLine: 3 });
    }
    // `\s+\*?\s*` took 5.7 s over these 20,000 blanks.
    const start = performance.now();
    judgeClientGoSource({ restConfigGo: fixtureText('client-go-v12-config.go.txt'), restTransportGo: `func (c ${' '.repeat(20_000)}\n` });
    expect(performance.now() - start).toBeLessThan(500);
  });
});
