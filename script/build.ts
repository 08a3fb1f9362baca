/**
 * `npm run build`: one ncc bundle per action (script/bundles.ts lists them), each with the
 * licenses of what it bundles; then the hash of the sources they were built from, which the
 * tests' global set-up compares before running dist/.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { BUNDLES, recordSourceHash, REPO_ROOT } from './bundles.js';

const NCC = join(REPO_ROOT, 'node_modules/.bin/ncc');

for (const { entry, out } of BUNDLES) {
  const options = ['--out', out, '--license', 'licenses.txt', '--target', 'es2023'];
  execFileSync(NCC, ['build', entry, ...options], { cwd: REPO_ROOT, stdio: 'inherit' });
}
recordSourceHash();
