// npm run pictures   (or: node scripts/render-readme-pictures.mjs)
//
// Renders docs/images/job-summary.png and docs/images/pr-comment.png, the README's pictures, from the real
// output of dist/index.js: it builds a demo repository with git (a main branch and a pull request branch),
// runs the committed bundle on a pull_request event against a loopback stand-in for the GitHub REST API,
// turns the job summary and the comment the API received into HTML styled like GitHub, and screenshots
// them with headless Chromium.
//
// Needs: git, a built dist/ (npm run build), the devDependencies (marked, github-markdown-css), Debian's
// chromium and an emoji font for the ❌/✅ marks: `apt-get install -y chromium fonts-noto-color-emoji`
// (another Chromium can be named with CHROMIUM=/path). Only whoever refreshes the pictures needs them: tests
// and CI do not. Nothing leaves the machine: the API is on 127.0.0.1 and Chromium, its background networking
// off, opens local files only. Commit dates and the run's identifiers are fixed, so a rerun on the same dist/
// gives the same PNGs; only the ignore entry's expiry moves, once a year, to stay in the future.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Marked } from 'marked';
import { commitAll, gitEnvironment, runGit, writeFiles } from './git-repository.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ACTION_PATH = path.join(REPO_ROOT, 'dist', 'index.js');
const IMAGES_DIR = path.join(REPO_ROOT, 'docs', 'images');
const MARKDOWN_CSS = path.join(REPO_ROOT, 'node_modules', 'github-markdown-css', 'github-markdown-light.css');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/**
 * Window widths: a pull request comment column is about 1000 pixels wide on a desktop screen, the job summary
 * pane wider, and the summary's seven-column tables need the room to keep their Fix column readable.
 */
const COMMENT_WIDTH = 1000;
const SUMMARY_WIDTH = 1200;
/** Tall enough for either page: the first Chromium pass measures the content, the second is cropped to it. */
const MEASURING_HEIGHT = 4000;
const REPOSITORY = 'octo/shop';
const PULL_NUMBER = 42;
const MERGE_SHA = 'fedcba9876543210fedcba9876543210fedcba98';
const CHECK_NAME = 'client-go token gate';

// Fixed dates (the identity is fixed already) make the commit SHAs, and so the pictures, the same on every run.
const GIT_ENV = gitEnvironment({ GIT_AUTHOR_DATE: '2024-01-15T10:00:00Z', GIT_COMMITTER_DATE: '2024-01-15T10:00:00Z', GIT_CONFIG_GLOBAL: '/dev/null' });

// ---------------------------------------------------------------------------------------------------------
// The demo repository

function goMod(module, goVersion, clientGoVersion) {
  return `module ${module}\n\ngo ${goVersion}\n\nrequire k8s.io/client-go ${clientGoVersion}\n`;
}

/** An expiry that stays in the future whenever the pictures are refreshed, yet changes only once a year. */
function ignoreEntryExpiry() {
  return `${new Date().getUTCFullYear() + 1}-03-31`;
}

const BASE_FILES = {
  'README.md': '# shop\n\nServices of the shop.\n',
  'services/billing/go.mod': goMod('example.com/shop/billing', '1.12', 'v10.0.0+incompatible'),
  'services/reports/go.mod': goMod('example.com/shop/reports', '1.21', 'v0.28.4'),
  'legacy/sync/go.mod': goMod('example.com/shop/legacy-sync', '1.12', 'v10.0.0+incompatible'),
  '.github/client-go-token-gate.yml': [
    'ignore:',
    '  - path: legacy/**',
    '    version: v10.0.0+incompatible',
    '    reason: legacy sync worker, switched off with the old warehouse',
    `    expires: ${ignoreEntryExpiry()}`,
    '',
  ].join('\n'),
};

const PULL_REQUEST_FILES = {
  'services/inventory/go.mod': goMod('example.com/shop/inventory', '1.12', 'v11.0.0+incompatible'),
  'services/inventory/Dockerfile': [
    'FROM golang:1.12 AS build',
    'WORKDIR /src',
    'COPY . .',
    'RUN go install k8s.io/client-go/examples/in-cluster-client-configuration@v11.0.0',
    'FROM debian:bookworm',
    'COPY --from=build /go/bin/in-cluster-client-configuration /usr/local/bin/',
    '',
  ].join('\n'),
};

/** main holds BASE_FILES; the checked-out branch inventory-service adds PULL_REQUEST_FILES on top. */
function buildDemoRepository(root) {
  mkdirSync(root);
  runGit(root, ['init', '--quiet'], GIT_ENV);
  writeFiles(root, BASE_FILES);
  const baseSha = commitAll(root, 'Shop services', GIT_ENV);
  runGit(root, ['checkout', '--quiet', '-b', 'inventory-service'], GIT_ENV);
  writeFiles(root, PULL_REQUEST_FILES);
  const headSha = commitAll(root, 'Add the inventory service', GIT_ENV);
  return { root, baseSha, headSha };
}

// ---------------------------------------------------------------------------------------------------------
// A loopback stand-in for the GitHub REST API: just the routes the action calls on a pull request

function startFakeGitHubApi() {
  const requests = [];
  let nextId = 1000;
  const reply = (response, status, body) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(body));
  };
  const answer = (method, pathname, body) => {
    const id = nextId++;
    if (method === 'POST' && /\/check-runs$/.test(pathname)) return [201, { id, ...body, html_url: `https://github.com/${REPOSITORY}/runs/${id}` }];
    const checkRun = /\/check-runs\/(\d+)$/.exec(pathname);
    if (method === 'PATCH' && checkRun) return [200, { id: Number(checkRun[1]), ...body, html_url: `https://github.com/${REPOSITORY}/runs/${checkRun[1]}` }];
    if (method === 'GET' && /\/issues\/\d+\/comments$/.test(pathname)) return [200, []];
    const comment = /\/issues\/(\d+)\/comments$/.exec(pathname) ?? /\/issues\/comments\/(\d+)$/.exec(pathname);
    if (comment) {
      const user = { login: 'github-actions[bot]', type: 'Bot' };
      return [method === 'POST' ? 201 : 200, { id, body: body?.body, user, html_url: `https://github.com/${REPOSITORY}/pull/${PULL_NUMBER}#issuecomment-${id}` }];
    }
    return [404, { message: 'Not Found' }];
  };
  const server = http.createServer((incoming, response) => {
    const chunks = [];
    incoming.on('data', (chunk) => chunks.push(chunk));
    incoming.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const pathname = new URL(incoming.url ?? '/', 'http://127.0.0.1').pathname;
      const body = raw === '' ? null : JSON.parse(raw);
      requests.push({ method: incoming.method, path: pathname, body });
      reply(response, ...answer(incoming.method, pathname, body));
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        requests,
        stop: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------------------
// The action, run as the runner runs it on a pull_request event

function pullRequestEvent(repository) {
  return {
    number: PULL_NUMBER,
    repository: { full_name: REPOSITORY },
    pull_request: {
      number: PULL_NUMBER,
      head: { sha: repository.headSha, repo: { full_name: REPOSITORY } },
      base: { sha: repository.baseSha, repo: { full_name: REPOSITORY } },
    },
  };
}

async function runActionOnPullRequest(work, repository, apiUrl) {
  const runnerTemp = path.join(work, 'runner');
  mkdirSync(runnerTemp);
  const summaryFile = path.join(runnerTemp, 'summary.md');
  const outputFile = path.join(runnerTemp, 'output.txt');
  const eventFile = path.join(runnerTemp, 'event.json');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  writeFileSync(eventFile, JSON.stringify(pullRequestEvent(repository)));
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: repository.root,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_SHA: MERGE_SHA,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: apiUrl,
    GITHUB_RUN_ID: '7012345678',
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    'INPUT_GITHUB-TOKEN': 'x',
    'INPUT_CHECK-NAME': CHECK_NAME,
    INPUT_COMMENT: 'always',
  };
  const child = spawn(process.execPath, [ACTION_PATH], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (log += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (log += chunk));
  const status = await new Promise((resolve) => child.on('close', resolve));
  return { status, log, summary: readFileSync(summaryFile, 'utf8') };
}

// ---------------------------------------------------------------------------------------------------------
// Markdown to a GitHub-looking page, and the page to a PNG

const FRAME_CSS = `
  html, body { margin: 0; background: #ffffff; }
  .frame { margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; overflow: hidden; }
  .frame-header {
    padding: 10px 16px; background: #f6f8fa; border-bottom: 1px solid #d1d9e0; color: #59636e;
    font: 14px -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
  }
  .frame-header strong { color: #1f2328; }
  /* Comments and job summaries are set at 14px on GitHub; github-markdown-css is set for READMEs (16px). */
  .markdown-body { padding: 16px 24px 8px; font-size: 14px; }
  /* GitHub keeps a wide table at its content's width and scrolls it sideways, which a still picture cannot
     show: here tables take the frame's width and wrap their cells instead. The last column (Fix) may break
     its long commands anywhere, so the columns before it keep their paths and versions on one line. */
  .markdown-body table { display: table; width: 100%; }
  .markdown-body td:last-child code { overflow-wrap: anywhere; }
  .crop-fade { position: absolute; left: 0; right: 0; height: 40px; background: linear-gradient(rgba(255, 255, 255, 0), #ffffff 80%); }
`;

/**
 * Runs in the page: writes the height to screenshot into body[data-content-height]. With a heading to crop
 * before, the picture stops above that heading and fades out, so a long page shows its top part.
 */
function measuringScript(cropBeforeHeading) {
  return `(() => {
    const heading = [...document.querySelectorAll('h1, h2, h3, h4')].find((element) => element.textContent.trim() === ${JSON.stringify(cropBeforeHeading ?? '')});
    let height = document.documentElement.getBoundingClientRect().height;
    if (heading) {
      const headingTop = heading.getBoundingClientRect().top + window.scrollY;
      height = headingTop + 24;
      const fade = document.createElement('div');
      fade.className = 'crop-fade';
      fade.style.top = (headingTop - 16) + 'px';
      document.body.append(fade);
    }
    document.body.dataset.contentHeight = String(Math.ceil(height));
  })();`;
}

function page(header, markdown, cropBeforeHeading) {
  const html = new Marked({ gfm: true }).parse(markdown);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${header.title}</title>
<style>${readFileSync(MARKDOWN_CSS, 'utf8')}</style>
<style>${FRAME_CSS}</style>
</head><body>
<div class="frame">
<div class="frame-header">${header.html}</div>
<article class="markdown-body">${html}</article>
</div>
<script>${measuringScript(cropBeforeHeading)}</script>
</body></html>
`;
}

function chromium(work, args) {
  const profile = mkdtempSync(path.join(work, 'chromium-profile-'));
  const flags = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--hide-scrollbars', '--force-device-scale-factor=1', `--user-data-dir=${profile}`,
  ];
  return execFileSync(CHROMIUM, [...flags, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}

/** First pass: Chromium lays the page out at full width and the page's script writes down its height. */
function contentHeight(work, url, width) {
  const dom = chromium(work, ['--dump-dom', `--window-size=${width},${MEASURING_HEIGHT}`, url]);
  const match = /data-content-height="(\d+)"/.exec(dom);
  if (!match) throw new Error(`Chromium did not report the height of ${url}`);
  return Number(match[1]);
}

/** Writes docs/images/<name>.png: the markdown as GitHub shows it, in a window `width` pixels wide. */
function screenshot(work, { name, width, header, markdown, cropBeforeHeading }) {
  const htmlFile = path.join(work, `${name}.html`);
  writeFileSync(htmlFile, page(header, markdown, cropBeforeHeading));
  const url = pathToFileURL(htmlFile).href;
  const height = contentHeight(work, url, width);
  const target = path.join(IMAGES_DIR, `${name}.png`);
  chromium(work, [`--window-size=${width},${height}`, `--screenshot=${target}`, url]);
  return target;
}

// ---------------------------------------------------------------------------------------------------------

function requireTools() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM=/path/to/chromium)`);
  if (!existsSync(ACTION_PATH)) throw new Error(`${ACTION_PATH} is missing: npm run build`);
}

async function main() {
  requireTools();
  const work = mkdtempSync(path.join(os.tmpdir(), 'cgtg-pictures-'));
  try {
    const repository = buildDemoRepository(path.join(work, 'shop'));
    const api = await startFakeGitHubApi();
    let run;
    try {
      run = await runActionOnPullRequest(work, repository, api.url);
    } finally {
      await api.stop();
    }
    const comment = api.requests.find((request) => request.method === 'POST' && /\/issues\/\d+\/comments$/.test(request.path));
    if (run.summary === '' || !comment) throw new Error(`the action wrote no summary or no comment (exit ${run.status}):\n${run.log}`);
    mkdirSync(IMAGES_DIR, { recursive: true });
    const written = [
      screenshot(work, {
        name: 'job-summary',
        width: SUMMARY_WIDTH,
        header: { title: 'Job summary', html: `<strong>${CHECK_NAME}</strong> summary` },
        markdown: run.summary,
        // The fixed explanation below every summary is left out: the picture is about the findings.
        cropBeforeHeading: 'Why this matters',
      }),
      screenshot(work, {
        name: 'pr-comment',
        width: COMMENT_WIDTH,
        header: { title: 'Pull request comment', html: '<strong>github-actions</strong> bot commented' },
        markdown: comment.body.body,
      }),
    ];
    console.log(`The action exited ${run.status} on pull request #${PULL_NUMBER}. Wrote:\n${written.map((file) => `  ${path.relative(REPO_ROOT, file)}`).join('\n')}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
