/**
 * `npm run bench`: measured figures, printed, never asserted.
 *  1. The whole step as the runner runs it (`node dist/index.js`) against the local simulator:
 *     wall time and peak RSS of the action process, for a create and for a re-run that reuses.
 *  2. The lookup over a sandbox with many connections (a name that must be matched client-side,
 *     so every page is listed): time and pages.
 */
import { performance } from 'node:perf_hooks';
import { DEMO, startSimulator, type Simulator } from '../simulator/index.js';
import { demoInputs, runStep } from '../__tests__/support/scenario.js';
import { runAction } from '../__tests__/support/run-action.js';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 15);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 5_000);

const REPORT_RSS = `data:text/javascript,${encodeURIComponent(
  "process.on('exit', () => process.stderr.write('bench-maxrss-kb=' + process.resourceUsage().maxRSS + '\\n'))",
)}`;

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

async function timedRun(sim: Simulator, extra: Record<string, string>) {
  const started = performance.now();
  const run = await runAction(demoInputs(sim, extra), { nodeArgs: ['--import', REPORT_RSS] });
  const ms = performance.now() - started;
  if (run.exitCode !== 0) throw new Error(`action failed:\n${run.stdout}`);
  const rssKb = Number(/bench-maxrss-kb=(\d+)/.exec(run.stderr)?.[1]);
  return { ms, rssMb: rssKb / 1024, outcome: run.outputs['outcome'] };
}

async function stepBench(sim: Simulator) {
  const rows: Record<string, { ms: number[]; rss: number[] }> = {};
  for (let i = 0; i < RUNS; i++) {
    sim.reset();
    for (const extra of [{}, {}]) {
      const { ms, rssMb, outcome } = await timedRun(sim, extra);
      const row = (rows[outcome ?? '?'] ??= { ms: [], rss: [] });
      row.ms.push(ms);
      row.rss.push(rssMb);
    }
  }
  console.log(
    `\nWhole step, node dist/index.js against the simulator (${RUNS} runs each, ${process.version}):`,
  );
  for (const [outcome, row] of Object.entries(rows)) {
    const t = stats(row.ms);
    const m = stats(row.rss);
    console.log(
      `  ${outcome.padEnd(8)} wall ms median ${t.median.toFixed(0)}, p95 ${t.p95.toFixed(0)}, max ${t.max.toFixed(0)}` +
        ` | peak RSS MB median ${m.median.toFixed(1)}, max ${m.max.toFixed(1)}`,
    );
  }
}

async function lookupBench() {
  const sim = await startSimulator({ pageSize: 100 });
  try {
    for (let i = 0; i < CONNECTIONS; i++) sim.seedConnection({ name: `Connection ${i}` });
    const name = 'EMEA, APAC';
    sim.seedConnection({ name });
    const started = performance.now();
    const { core } = await runStep(sim, { name, verify: 'false' });
    const ms = performance.now() - started;
    if (core.failed) throw new Error(core.failed);
    const pages = sim.requests.filter(
      (r) => r.method === 'GET' && r.path.endsWith('/connections'),
    ).length;
    console.log(
      `\nLookup by client-side match over ${CONNECTIONS + 1} connections: ${pages} pages in ${ms.toFixed(0)} ms` +
        ` (${((CONNECTIONS + 1) / (ms / 1_000)).toFixed(0)} connections/s, in-process, simulator on loopback)`,
    );
  } finally {
    await sim.close();
  }
}

const sim = await startSimulator();
try {
  console.log(`Demo org ${DEMO.orgId}; set BENCH_RUNS and BENCH_CONNECTIONS to change the sizes.`);
  await stepBench(sim);
} finally {
  await sim.close();
}
await lookupBench();
