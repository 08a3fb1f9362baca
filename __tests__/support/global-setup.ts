import { execFileSync } from 'node:child_process';
import { builtSourceHash, REPO_ROOT, sourceHash } from '../../script/bundles.js';

/**
 * The end-to-end tests run dist/: when it was not built from the sources on disk, it is rebuilt
 * first, so no test runs a stale bundle. A fresh dist/ (CI builds before testing) costs a hash.
 */
export default function setup(): void {
  if (builtSourceHash() === sourceHash()) return;
  process.stderr.write('dist/ was not built from these sources: npm run build\n');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: REPO_ROOT, stdio: 'inherit' });
}
