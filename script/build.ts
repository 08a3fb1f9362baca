/**
 * `npm run build`: one ncc bundle per action (script/bundles.ts lists them), each with the
 * licenses of what it bundles; then the hash of the sources they were built from, which the
 * tests' global set-up compares before running dist/.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { BUNDLES, recordSourceHash, REPO_ROOT } from './bundles.js';

const NCC = join(REPO_ROOT, 'node_modules/.bin/ncc');

/**
 * ncc leaves every unused export of what it bundles in place (zod's whole API, @actions/core's
 * exec and io): dropping them halves the bundle and its start-up parse. Names, lines and
 * indentation are kept, so stack traces stay readable.
 */
function dropUnusedCode(file: string): void {
  const { code } = transformSync(readFileSync(file, 'utf8'), {
    format: 'esm',
    platform: 'node',
    target: 'es2023',
    treeShaking: true,
    minifySyntax: true,
  });
  writeFileSync(file, code);
}

for (const { entry, out } of BUNDLES) {
  const options = ['--out', out, '--license', 'licenses.txt', '--target', 'es2023'];
  execFileSync(NCC, ['build', entry, ...options], { cwd: REPO_ROOT, stdio: 'inherit' });
  dropUnusedCode(join(REPO_ROOT, out, 'index.js'));
}
recordSourceHash();
