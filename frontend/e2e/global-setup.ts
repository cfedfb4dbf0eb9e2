// Starts `wails dev` (the real Go backend, bound methods over IPC on :34115)
// on a throw-away data directory, and returns the teardown that stops it.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!process.env.DISPLAY) throw new Error('no DISPLAY: run the e2e tests under xvfb-run (make test-e2e does)');
  if (await responds()) throw new Error(`${URL} is already in use: stop the other wails dev first`);

  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'rolloutdesk-e2e-'));
  const wails = process.env.WAILS ?? path.join(repo, 'bin', 'wails');
  const args = ['dev', '-s', '-m', '-nosyncgomod', '-noreload', '-skipbindings', '-tags', 'webkit2_41', '-assetdir', './frontend/dist'];
  const child = spawn(wails, args, {
    cwd: repo,
    env: { ...process.env, ROLLOUTDESK_DATA_DIR: dataDir },
    detached: true, // its own process group, so teardown stops the app it starts too
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let exited = false;
  child.on('exit', () => (exited = true));

  const stop = async () => {
    if (!exited && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
      for (let i = 0; i < 50 && !exited; i++) await new Promise((r) => setTimeout(r, 200));
      if (!exited) process.kill(-child.pid, 'SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + START_LIMIT_MS;
  while (!(await responds())) {
    if (exited || Date.now() > deadline) {
      await stop();
      throw new Error(`wails dev did not come up on ${URL}:\n${output.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return stop;
}
