// Compiles the playground's pure modules and their *.test.ts to CommonJS in
// build/web-unit/ and runs them with node's test runner.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const out = repo + 'build/web-unit';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
execFileSync(process.execPath, [repo + 'node_modules/typescript/bin/tsc', '-p', repo + 'web/tsconfig.unit.json'], { stdio: 'inherit' });
writeFileSync(out + '/package.json', '{ "type": "commonjs" }\n');
execFileSync(process.execPath, ['--test', out + '/'], { stdio: 'inherit' });
