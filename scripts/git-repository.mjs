// Repositories made with the git command, for the test fixtures (test/publish/git-fixture.ts) and for
// scripts/render-readme-pictures.mjs. Identity and signing are set per command so nobody's git
// configuration changes the result.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The environment git runs with: a fixed identity, no system configuration; `extra` adds to it. */
export function gitEnvironment(extra = {}) {
  return {
    ...process.env,
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.invalid',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.invalid',
    GIT_CONFIG_NOSYSTEM: '1',
    ...extra,
  };
}

const DEFAULT_ENVIRONMENT = gitEnvironment();

/** Runs git in `directory` and returns its trimmed standard output; throws when git fails. */
export function runGit(directory, args, env = DEFAULT_ENVIRONMENT) {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd: directory,
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** Writes each file (a path with forward slashes, relative to `root`), creating its directories. */
export function writeFiles(root, files) {
  for (const [file, content] of Object.entries(files)) {
    const target = path.join(root, ...file.split('/'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

/** Stages everything and commits it; returns the new commit's SHA. */
export function commitAll(root, message, env = DEFAULT_ENVIRONMENT) {
  runGit(root, ['add', '--all'], env);
  runGit(root, ['commit', '--quiet', '-m', message], env);
  return runGit(root, ['rev-parse', 'HEAD'], env);
}
