// Starts the fake LaunchDarkly and Split APIs and `wails dev` (the real Go
// backend, bound methods over IPC on :34115) on a throw-away data directory,
// and returns the teardown that stops them. The fakes' addresses reach the
// tests as FAKE_LAUNCHDARKLY_URL, FAKE_SPLIT_URL and FAKE_SMTP_*; their tokens
// reach the app as LAUNCHDARKLY_API_TOKEN and SPLIT_ADMIN_API_KEY. Files the
// app saves land in E2E_SAVE_DIR.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const URL = 'http://localhost:34115/';
const START_LIMIT_MS = 240_000;

async function responds(): Promise<boolean> {
  try {
    const res = await fetch(URL);
    return res.ok && (await res.text()).includes('/wails/ipc.js');
  } catch {
    return false;
  }
}

/** Started is a child process in its own process group with its output kept. */
interface Started {
  child: ChildProcess;
  output: () => string;
  exited: () => boolean;
  stop: () => Promise<void>;
}

function start(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Started {
  // detached: its own process group, so stop() also ends what it starts.
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let exited = false;
  // wails dev reports every file change it ignores (-nogorebuild); keep the rest, such as a build error.
  const keep = (d: Buffer) => {
    output += String(d)
      .split('\n')
      .filter((line) => !/Rebuild triggered|Added new directory to watcher/.test(line))
      .join('\n');
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  child.on('exit', () => (exited = true));
  const stop = async () => {
    if (exited || !child.pid) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return; // already gone
    }
    for (let i = 0; i < 50 && !exited; i++) await new Promise((r) => setTimeout(r, 200));
    if (!exited) process.kill(-child.pid, 'SIGKILL');
  };
  return { child, output: () => output, exited: () => exited, stop };
}

async function waitFor(what: string, proc: Started, ready: () => Promise<boolean>, limitMs: number) {
  const deadline = Date.now() + limitMs;
  while (!(await ready())) {
    if (proc.exited() || Date.now() > deadline) {
      throw new Error(`${what} did not come up:\n${proc.output().slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!process.env.DISPLAY) throw new Error('no DISPLAY: run the e2e tests under xvfb-run (make test-e2e does)');
  if (await responds()) throw new Error(`${URL} is already in use: stop the other wails dev first`);

  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rolloutdesk-e2e-'));
  const running: Started[] = [];
  const stop = async () => {
    for (const p of running.reverse()) await p.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const fakes = start(process.env.FAKEPROVIDERS ?? path.join(repo, 'bin', 'fakeproviders'), ['-flags', '300', '-latency', '150ms'], repo, process.env);
    running.push(fakes);
    await waitFor('the fake providers', fakes, async () => fakes.output().includes('\n'), 30_000);
    const endpoints = JSON.parse(fakes.output().split('\n')[0]);
    process.env.FAKE_LAUNCHDARKLY_URL = endpoints.launchdarkly.url;
    process.env.FAKE_SPLIT_URL = endpoints.split.url;
    process.env.FAKE_SMTP_HOST = endpoints.smtp.host;
    process.env.FAKE_SMTP_PORT = String(endpoints.smtp.port);
    process.env.FAKE_SMTP_USER = endpoints.smtp.username;
    process.env.FAKE_SMTP_PASSWORD = endpoints.smtp.password;
    // Save dialogs answer with this folder (see SaveDirEnv in runtime.go).
    process.env.E2E_SAVE_DIR = path.join(dataDir, 'exports');
    mkdirSync(process.env.E2E_SAVE_DIR);

    const wails = process.env.WAILS ?? path.join(repo, 'bin', 'wails');
    const args = ['dev', '-s', '-m', '-nosyncgomod', '-noreload', '-nogorebuild', '-skipbindings', '-tags', 'webkit2_41', '-assetdir', './frontend/dist'];
    const app = start(wails, args, repo, {
      ...process.env,
      ROLLOUTDESK_DATA_DIR: dataDir,
      ROLLOUTDESK_SAVE_DIR: process.env.E2E_SAVE_DIR,
      LAUNCHDARKLY_API_TOKEN: endpoints.launchdarkly.token,
      SPLIT_ADMIN_API_KEY: endpoints.split.token,
    });
    running.push(app);
    await waitFor(`wails dev on ${URL}`, app, responds, START_LIMIT_MS);
  } catch (e) {
    await stop();
    throw e;
  }
  return stop;
}
