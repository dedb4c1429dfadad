/** `offramp <command>`: the content team's tools. Logic lives in core/; this only wires it. */
import { type Command, type CommandIo, UserError } from './cliSupport.ts';

const commands: Command[] = [];

export function registerCommand(command: Command): void {
  commands.push(command);
}

function usage(): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    'Usage: offramp <command> [options]',
    '',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Add --debug to any command to see stack traces of internal errors.',
  ].join('\n');
}

export async function main(argv: string[], io: CommandIo = defaultIo()): Promise<number> {
  await loadCommands();
  const debug = argv.includes('--debug');
  const args = argv.filter((arg) => arg !== '--debug');
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${usage()}\n`);
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`offramp: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      debug && error instanceof Error && error.stack
        ? `${error.stack}\n`
        : `offramp ${name}: internal error: ${message}\n(run again with --debug for details)\n`,
    );
    return 70;
  }
}

function defaultIo(): CommandIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
  };
}

async function loadCommands(): Promise<void> {
  if (commands.length > 0) return;
  const modules = await Promise.all([
    import('./commands/play.ts'),
    import('./commands/check.ts'),
    import('./commands/walk.ts'),
    import('./commands/graph.ts'),
    import('./commands/approve.ts'),
    import('./commands/revoke.ts'),
    import('./commands/review.ts'),
    import('./commands/user.ts'),
  ]);
  for (const module of modules) registerCommand(module.command);
}
