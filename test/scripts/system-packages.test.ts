// npm test's pre-step: which system packages are missing, and whether it installs them or stops
// with one line. Simulated with a fake PATH, fake files and a real non-root user; nothing is
// installed or removed.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decide, missingPackages, onPath } from '../../scripts/system-packages.mjs';

const SCRIPT = resolve(import.meta.dirname, '../../scripts/system-packages.mjs');

/** A directory holding executables (empty shell scripts) with these names. */
function fakeBin(...commands: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'fake-bin-'));
  for (const command of commands) {
    writeFileSync(join(dir, command), '#!/bin/sh\n');
    chmodSync(join(dir, command), 0o755);
  }
  return dir;
}

describe('missingPackages', () => {
  it('names the Debian package of every missing file and command', () => {
    const none = missingPackages({ PATH: fakeBin(), exists: () => false });
    expect(none).toEqual(['chromium', 'fonts-nanum', 'tmux', 'redis-server']);
    const all = missingPackages({ PATH: fakeBin('tmux', 'redis-server'), exists: () => true });
    expect(all).toEqual([]);
  });

  it('checks Chromium and the fonts at the paths the tests use, commands on PATH', () => {
    const seen: string[] = [];
    const missing = missingPackages({
      PATH: fakeBin('redis-server'),
      exists: (path: string) => {
        seen.push(path);
        return path !== '/usr/share/fonts/truetype/nanum/NanumGothic.ttf';
      },
    });
    expect(seen).toEqual(['/usr/bin/chromium', '/usr/share/fonts/truetype/nanum/NanumGothic.ttf']);
    expect(missing).toEqual(['fonts-nanum', 'tmux']);
  });

  it('does not count a file that is not executable as a command', () => {
    const dir = fakeBin();
    writeFileSync(join(dir, 'tmux'), '');
    expect(onPath('tmux', dir)).toBe(false);
    expect(onPath('tmux', `/nonexistent:${fakeBin('tmux')}`)).toBe(true);
  });
});

describe('decide', () => {
  it('does nothing when nothing is missing', () => {
    expect(decide({ missing: [], isRoot: false, hasApt: false })).toEqual({ action: 'ready' });
  });

  it('installs with apt-get as root', () => {
    expect(decide({ missing: ['tmux', 'fonts-nanum'], isRoot: true, hasApt: true })).toEqual({
      action: 'install',
      packages: ['tmux', 'fonts-nanum'],
    });
  });

  it('stops with one line naming the command when not root or without apt-get', () => {
    const user = decide({ missing: ['chromium', 'redis-server'], isRoot: false, hasApt: true });
    if (user.action !== 'stop') throw new Error('expected a stop');
    expect(user.line).toContain('sudo apt-get install -y chromium redis-server');
    expect(user.line).toContain('not root');
    const noApt = decide({ missing: ['tmux'], isRoot: true, hasApt: false });
    if (noApt.action !== 'stop') throw new Error('expected a stop');
    expect(noApt.line).toContain('`apt-get install -y tmux`');
    expect(noApt.line).toContain('apt-get is not available');
    for (const plan of [user, noApt]) expect(plan.line).not.toContain('\n');
  });
});

describe('the script itself', () => {
  it('as a non-root user with tmux and redis-server off PATH, stops with one line and exit 1', () => {
    const run = spawnSync(process.execPath, [SCRIPT], {
      env: { PATH: fakeBin('apt-get'), HOME: tmpdir() },
      encoding: 'utf8',
      uid: 65534,
      gid: 65534,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('sudo apt-get install -y tmux redis-server');
  });

  it('as root without apt-get, stops with one line instead of installing', () => {
    const run = spawnSync(process.execPath, [SCRIPT], { env: { PATH: fakeBin() }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining('apt-get is not available')]);
  });

  it('on this machine (after npm test installed them) finds everything and says nothing', () => {
    const run = spawnSync(process.execPath, [SCRIPT], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
