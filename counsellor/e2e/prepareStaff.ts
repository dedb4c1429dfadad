/**
 * Runs just before the browser tests' server (playwright.config.ts, webServer command): puts
 * the test counsellor into the e2e data folder (OFFRAMP_DATA_DIR) through the real
 * `offramp user` CLI, with a known password whether or not an earlier run left it there.
 *
 * Not a Playwright globalSetup: Playwright starts the webServer before globalSetup, and the
 * running server holds the data folder's lock and has read the accounts already.
 */
import { Readable, Writable } from 'node:stream';
import { main } from '../../bin/cli.ts';
import { E2E_COUNSELLOR } from './staffAccount.ts';

async function user(args: string[], stdin = ''): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await main(['user', ...args], {
    stdin: Readable.from([stdin]),
    stdout: new Writable({ write: (_chunk, _encoding, done) => done() }),
    stderr: new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        stderr += chunk.toString();
        done();
      },
    }),
    cwd: process.cwd(),
  });
  return { code, stderr };
}

async function prepare(): Promise<void> {
  const { name, pseudonym, password, kind, languages } = E2E_COUNSELLOR;
  const profile = ['--kind', kind, '--languages', languages.join(',')];
  const added = await user(
    ['add', '--role', 'counsellor', '--name', name, '--pseudonym', pseudonym, ...profile],
    `${password}\n`,
  );
  if (added.code === 0) return;
  if (!added.stderr.includes('exists already')) throw new Error(added.stderr);
  for (const [args, stdin] of [
    [['password', name], `${password}\n`],
    [['profile', name, ...profile], ''],
    [['enable', name], ''],
  ] as const) {
    const result = await user([...args], stdin);
    if (result.code !== 0) throw new Error(result.stderr);
  }
}

prepare().catch((error: unknown) => {
  process.stderr.write(`prepareStaff: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
