/** The CLI of users, tokens, the audit log and the server, run as a user would run them. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { AuthService } from '../../../src/auth/auth-service.js';
import { totpCode } from '../../../src/auth/totp.js';
import { openSqliteStore } from '../../../src/store/sqlite/open-sqlite-store.js';
import { runCli } from '../../support/run-cli.js';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('auscult user, token, audit and serve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'auscult-auth-cli-'));
  const db = join(dir, 'auth.db');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('every new command has help with an example', () => {
    for (const command of [['serve'], ['user'], ['user', 'add'], ['token'], ['token', 'create'], ['audit'], ['audit', 'verify']]) {
      const r = runCli([...command, '--help']);
      expect(r.code, command.join(' ')).toBe(0);
      expect(r.stdout, command.join(' ')).toMatch(/Examples?:\n\s+\$ auscult /);
    }
  });

  it('serve on an empty database creates the first admin, prints its password once, serves, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, 'src/cli/bin.ts'), 'serve', '--port', '0', '--db', db],
      { cwd: ROOT, env: { ...process.env, CI: 'true' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const url = await new Promise<string>((done, fail) => {
      child.stderr.on('data', () => { const m = /running at (http:\/\/\S+)/.exec(stderr); if (m) done(m[1]!); });
      child.once('exit', (code) => fail(new Error(`serve exited ${code}: ${stderr}`)));
    });
    try {
      const password = /password: (\S+)/.exec(stderr)?.[1];
      expect(stderr).toContain('username: admin');
      const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password }) });
      expect(login.status).toBe(200);
      expect((await fetch(`${url}/api/health`)).status).toBe(200);
    } finally {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    expect(stderr).toContain('Auscult stopped.');
    // A second start finds a user and prints no password.
    const list = runCli(['user', 'list', '--json', '--db', db]);
    expect(JSON.parse(list.stdout)).toMatchObject([{ username: 'admin', role: 'admin', disabled: false }]);
  });

  it('user add, role, disable; token create, list, revoke; all audited', () => {
    const add = runCli(['user', 'add', 'jane', '--role', 'analyst', '--db', db]);
    expect(add.code, add.stderr).toBe(0);
    expect(add.stdout).toMatch(/added jane \(analyst\)\npassword: \S{12,}/);
    expect(runCli(['user', 'add', 'jane', '--role', 'viewer', '--db', db]).stderr).toContain('already exists');
    expect(runCli(['user', 'add', 'bob', '--role', 'boss', '--db', db]).stderr).toContain('role must be');
    expect(runCli(['user', 'role', 'jane', 'reviewer', '--db', db]).stdout).toContain('jane is now reviewer');
    const token = runCli(['token', 'create', '--user', 'jane', '--name', 'report', '--db', db]);
    expect(token.code, token.stderr).toBe(0);
    expect(token.stdout.trim()).toMatch(/^ausc_[A-Za-z0-9_-]{43}$/);
    const listed = JSON.parse(runCli(['token', 'list', '--json', '--db', db]).stdout) as Array<{ id: number; name: string; revokedAt: string | null }>;
    expect(listed).toMatchObject([{ name: 'report', revokedAt: null }]);
    expect(runCli(['token', 'revoke', String(listed[0]!.id), '--db', db]).stdout).toContain('revoked');
    expect(runCli(['token', 'revoke', String(listed[0]!.id), '--db', db]).stderr).toContain('already revoked');
    expect(runCli(['user', 'disable', 'jane', '--db', db]).stdout).toContain('jane disabled');
    expect(runCli(['user', 'disable', 'admin', '--db', db]).stderr).toContain('last enabled admin');
    const audit = JSON.parse(runCli(['audit', 'list', '--json', '--limit', '100', '--db', db]).stdout) as Array<{ action: string; actor: string }>;
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['user.create', 'auth.login', 'user.update', 'token.create', 'token.revoke', 'user.disable']));
    expect(audit.find((e) => e.action === 'token.create')?.actor).toMatch(/^cli:/);
    expect(JSON.stringify(audit)).not.toMatch(/ausc_[A-Za-z0-9_-]{43}/);
  });

  it('user mfa-reset removes a lost second factor (the break-glass path), and is audited', async () => {
    expect(runCli(['user', 'add', 'mona', '--role', 'admin', '--db', db]).code).toBe(0);
    {
      await using store = await openSqliteStore({ path: db });
      const auth = new AuthService(store);
      const mona = (await store.auth.findUser('mona'))!;
      const { secret } = await auth.startMfaSetup({ name: 'test' }, mona.id);
      await auth.confirmMfa({ name: 'test' }, mona.id, totpCode(secret, Date.now()));
    }
    expect(runCli(['user', 'list', '--db', db]).stdout).toMatch(/mona\s+admin\s+active\s+2fa on/);
    const reset = runCli(['user', 'mfa-reset', 'mona', '--db', db]);
    expect(reset.stdout, reset.stderr).toContain('two-factor sign-in of mona removed');
    const users = JSON.parse(runCli(['user', 'list', '--json', '--db', db]).stdout) as Array<{ username: string; mfaEnabled: boolean }>;
    expect(users.find((u) => u.username === 'mona')).toMatchObject({ mfaEnabled: false });
    const audit = JSON.parse(runCli(['audit', 'list', '--json', '--limit', '5', '--db', db]).stdout) as Array<{ action: string; actor: string }>;
    expect(audit.find((e) => e.action === 'user.mfa.reset')?.actor).toMatch(/^cli:/);
    expect(runCli(['user', 'mfa-reset', 'nobody', '--db', db]).stderr).toContain('no user "nobody"');
  });

  it('audit verify passes on an intact log and detects an edited or removed row (triggers dropped with the driver)', () => {
    const ok = runCli(['audit', 'verify', '--db', db]);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    const head = /head (\d+:[0-9a-f]{64})/.exec(ok.stdout)![1]!;
    const raw = new Database(db);
    expect(() => raw.prepare("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2").run()).toThrow(/append-only/);
    raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete');
    raw.prepare("UPDATE audit_log SET actor = 'mallory' WHERE seq = 2").run();
    raw.close();
    const edited = runCli(['audit', 'verify', '--db', db]);
    expect(edited.code).toBe(1);
    expect(edited.stdout).toContain('BROKEN: entry 2');
    const again = new Database(db);
    again.prepare('DELETE FROM audit_log WHERE seq >= 2').run();
    again.close();
    // Only the first entry is left, whose chain is fine: the recorded head shows the cut.
    expect(runCli(['audit', 'verify', '--db', db]).code).toBe(0);
    const cut = runCli(['audit', 'verify', '--expect-head', head, '--db', db]);
    expect(cut.code).toBe(1);
    expect(cut.stdout).toContain('differs from the recorded head');
  });
});
