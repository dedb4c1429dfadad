#!/usr/bin/env node
// The `offramp` command. A thin launcher: TypeScript sources run through tsx, so the
// command works straight after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./cli.ts');
process.exitCode = await main(process.argv.slice(2));
