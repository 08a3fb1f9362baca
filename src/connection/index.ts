import { run } from './main.js';
import { githubRuntime } from '../github/runtime.js';

/** How long a settled step lets its requests wind down before it leaves anyway. */
const EXIT_GRACE_MS = 500;

// Aborting a request cannot reach a proxy's CONNECT still pending: it must not hold the job.
void run(githubRuntime()).then(() => setTimeout(() => process.exit(), EXIT_GRACE_MS).unref());
