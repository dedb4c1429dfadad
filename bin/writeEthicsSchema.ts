/** Regenerates ethics.config.schema.json from the zod schema (`npm run ethics:schema`). */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ethicsConfigJsonSchema } from '../core/ethics/ethicsConfig.ts';
import { PROJECT_ROOT } from './cliSupport.ts';

const target = path.join(PROJECT_ROOT, 'ethics.config.schema.json');
writeFileSync(target, `${JSON.stringify(ethicsConfigJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), target) || target}`);
