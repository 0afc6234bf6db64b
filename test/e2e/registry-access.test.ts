import { readFileSync } from 'node:fs';
import { inlineRepo, removeFixtureRepos } from '../helpers/fixture-repo.js';
import { pushEvent } from '../helpers/github-event-payloads.js';
import { startCountingServer, startServer, type CountingServer } from '../helpers/registry-test-servers.js';
import { NODE_BINARIES, runActionWithEvent, runCliBundle, type ActionRun } from '../helpers/run-bundle.js';

/**
 * dist/index.js and dist/cli.js with images a pull request could name: FROM lines pointing at the metadata
 * service, a private address and loopback are refused before any connection (a listener on 127.0.0.1 sees
 * none), and an internal service's error body reaches no output.
 */

const PUSH_EVENT = { name: 'push', payload: pushEvent({ before: '0'.repeat(40), after: '0123456789abcdef0123456789abcdef01234567', ref: 'refs/heads/main' }) };

interface ReportedFinding {
  file: string;
  line: number;
  verdict: string;
  message: string;
}

function findingsOf(run: ActionRun): ReportedFinding[] {
  return (JSON.parse(readFileSync(run.outputs['report-path'] ?? '', 'utf8')) as { findings: ReportedFinding[] }).findings;
}

describe('registries a pull request names', () => {
  let listener: CountingServer;

  beforeEach(async () => {
    listener = await startCountingServer();
  });

  afterEach(async () => {
    await listener.close();
  });

  afterAll(removeFixtureRepos);

  const workspace = inlineRepo;

  function hostileDockerfile(): string {
    const port = listener.host.split(':')[1] ?? '';
    return [
      'FROM 169.254.169.254/x AS metadata',
      'FROM 10.0.0.1:5000/x AS private',
      `FROM localhost:${port}/x AS loopback-name`,
      `FROM 127.0.0.1:${port}/x AS loopback`,
      'FROM scratch',
      '',
    ].join('\n');
  }

  describe.each(NODE_BINARIES)('on %s', (_label, node) => {
    it('FROM the metadata service, a private address or loopback, without allowed-registries: unknown at each line, no connection made', async () => {
      const port = listener.host.split(':')[1] ?? '';
      const root = workspace({ 'Dockerfile': hostileDockerfile(), 'go.mod': 'module example.com/app\n\ngo 1.21\n\nrequire k8s.io/client-go v0.28.4\n' });
      const run = await runActionWithEvent(node, root, { 'inspect-dockerfile-images': 'true', 'fail-on': 'unknown' }, PUSH_EVENT);
      expect(listener.connections()).toBe(0);
      const findings = findingsOf(run);
      expect(findings.map((finding) => [finding.file, finding.line, finding.verdict])).toEqual([
        ['Dockerfile', 1, 'unknown'],
        ['Dockerfile', 2, 'unknown'],
        ['Dockerfile', 3, 'unknown'],
        ['Dockerfile', 4, 'unknown'],
        ['go.mod', 5, 'ok'],
      ]);
      const messages = findings.map((finding) => finding.message);
      expect(messages[0]).toContain('registry 169.254.169.254 resolves to a link-local address (169.254.169.254); add 169.254.169.254 to allowed-registries to inspect it');
      expect(messages[1]).toContain('registry 10.0.0.1:5000 resolves to a private address (10.0.0.1); add 10.0.0.1:5000 to allowed-registries to inspect it');
      expect(messages[2]).toContain(`registry localhost:${port} resolves to a loopback address (127.0.0.1`);
      expect(messages[3]).toContain(`registry 127.0.0.1:${port} resolves to a loopback address (127.0.0.1)`);
      expect(run.status).toBe(1);
    });

    it('an internal service answering 500 with a body: the body appears in no output, summary, report or SARIF', async () => {
      const internal = await startServer((_request, response) => {
        response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ code: 'SECRET-INTERNAL', message: 'SECRET-INTERNAL db password' }], details: 'SECRET-INTERNAL' }));
      });
      try {
        const root = workspace({ 'Dockerfile': `FROM ${internal.host}/team/app:1\n` });
        const run = await runActionWithEvent(node, root, { 'inspect-dockerfile-images': 'true', 'allowed-registries': '127.0.0.1', 'insecure-registries': '127.0.0.1' }, PUSH_EVENT);
        const [finding] = findingsOf(run);
        expect(finding).toMatchObject({ file: 'Dockerfile', line: 1, verdict: 'unknown', message: expect.stringContaining('HTTP 500') });
        const files = [run.outputs['report-path'], run.outputs['sarif-path']].filter((file): file is string => Boolean(file)).map((file) => readFileSync(file, 'utf8'));
        expect(files).toHaveLength(2);
        for (const text of [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), ...files]) expect(text).not.toContain('SECRET-INTERNAL');
      } finally {
        await internal.close();
      }
    });

    it('the CLI refuses the same FROM lines, in text, JSON and SARIF, without a connection', () => {
      const root = workspace({ 'Dockerfile': hostileDockerfile() });
      for (const format of ['text', 'json', 'sarif']) {
        const result = runCliBundle(node, ['scan', root, '--inspect-dockerfile-images', '--format', format, '--fail-on', 'unknown']);
        expect(result.status).toBe(1);
        expect(result.stdout).toContain('resolves to a private address (10.0.0.1)');
      }
      expect(listener.connections()).toBe(0);
    });
  });
});
