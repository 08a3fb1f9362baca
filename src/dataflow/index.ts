import { actionsCore } from '../github/actions-core.js';
import { systemClock } from '../platform/clock.js';
import { httpClientTransport } from '../platform/transport.js';
import { run } from './main.js';
import { readWorkspaceFile } from './workspace.js';

/** How long a settled step lets its requests wind down before it leaves anyway. */
const EXIT_GRACE_MS = 500;

/** The mapping path is relative to the workspace, as the runner checks the repository out there. */
const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();

const runtime = {
  core: actionsCore(),
  transport: httpClientTransport(),
  clock: systemClock,
  readFile: (path: string) => readWorkspaceFile(workspace, path),
};

// Aborting a request cannot reach a proxy's CONNECT still pending: it must not hold the job.
void run(runtime).then(() => setTimeout(() => process.exit(), EXIT_GRACE_MS).unref());
