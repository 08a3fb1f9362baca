import { actionsCore } from '../github/actions-core.js';
import { systemClock } from '../platform/clock.js';
import { httpClientTransport } from '../platform/transport.js';
import { run } from './main.js';

/** How long a settled step lets its requests wind down before it leaves anyway. */
const EXIT_GRACE_MS = 500;

const runtime = { core: actionsCore(), transport: httpClientTransport(), clock: systemClock };

// Aborting a request cannot reach a proxy's CONNECT still pending: it must not hold the job.
void run(runtime).then(() => setTimeout(() => process.exit(), EXIT_GRACE_MS).unref());
