/**
 * `npm run bench`: the root action as the runner runs it (`node dist/index.js`, under the Node
 * that action.yml declares, from .ci/action-node.sh), against the simulator over real TLS, each
 * origin (IMS, Platform, Salesforce) behind a front of its own that emulates a round-trip time:
 * the TCP handshake, the TLS handshake and each request then cost one round trip each.
 *
 * Every iteration runs the yardstick (`node -e 0`) and every scenario once, side by side, each
 * process with a clean environment. Prints one table of medians; figures, never asserted.
 * Then, in-process, the lookup over a sandbox with many connections (a name that must be matched
 * client-side, so every page is listed).
 *   BENCH_RUNS         iterations (default 20)
 *   BENCH_RTT_MS       emulated round-trip time (default 50)
 *   BENCH_CONNECTIONS  connections in the sandbox of the lookup (default 5,000)
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEMO, SALESFORCE_SPEC_ID, startSimulator } from '../simulator/index.js';
import { sequentialRoundTrips, startFront, type Front } from '../__tests__/support/front.js';
import { runStep } from '../__tests__/support/scenario.js';
import { throwawayCertificate } from '../__tests__/support/tls.js';
import { actionDefaults } from '../__tests__/unit/support/repo.js';
import { builtSourceHash, REPO_ROOT, sourceHash } from './bundles.js';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 20);
const RTT_MS = Number(process.env['BENCH_RTT_MS'] ?? 50);
const CONNECTIONS = Number(process.env['BENCH_CONNECTIONS'] ?? 5_000);
const BUNDLE = join(REPO_ROOT, 'dist/index.js');

if (builtSourceHash() !== sourceHash()) {
  console.error('dist/ was not built from these sources: npm run build');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: REPO_ROOT, stdio: 'inherit' });
}

function actionNode(): { node: string; note: string } {
  try {
    const node = execFileSync('bash', [join(REPO_ROOT, '.ci/action-node.sh')], {
      encoding: 'utf8',
    });
    return { node: node.trim(), note: 'from .ci/action-node.sh' };
  } catch {
    return { node: process.execPath, note: 'this Node: .ci/action-node.sh failed' };
  }
}
const { node, note: nodeNote } = actionNode();

/** What every process gets, and nothing else from this one's environment. */
const CLEAN_ENV = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: tmpdir() };

interface Exit {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

function timed(command: string, args: string[], env: Record<string, string>): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - started, code, stdout, stderr }));
  });
}

/** The runner's part: INPUT_* (action.yml's defaults for the rest) and the file commands. */
async function runAction(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
) {
  const dir = mkdtempSync(join(tmpdir(), 'aep-sf-bench-'));
  const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const inputEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...actionDefaults('action.yml'), ...inputs })) {
    inputEnv[`INPUT_${name.toUpperCase()}`] = value;
  }
  try {
    const fullEnv = { ...CLEAN_ENV, ...files, GITHUB_WORKSPACE: dir, ...env, ...inputEnv };
    const exit = await timed(node, [...nodeArgs, BUNDLE], fullEnv);
    const outcome = /^outcome<<(\S+)\n(.*)\n\1$/m.exec(readFileSync(files.GITHUB_OUTPUT, 'utf8'));
    return { ...exit, outcome: outcome?.[2] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const certificate = throwawayCertificate();
const TRUST = { NODE_EXTRA_CA_CERTS: certificate.certFile };
const answeredAt: number[] = [];
const sim = await startSimulator({
  tls: certificate,
  onAnswer: () => answeredAt.push(performance.now()),
});
const simPort = Number(new URL(sim.url).port);
const ORIGINS = ['ims', 'platform', 'salesforce'] as const;
type Fronts = Record<(typeof ORIGINS)[number], Front>;
async function fronts(rttMs: number): Promise<Fronts> {
  const [ims, platform, salesforce] = await Promise.all(
    ORIGINS.map(() => startFront(simPort, rttMs)),
  );
  return { ims: ims!, platform: platform!, salesforce: salesforce! };
}
const near = await fronts(0);
const far = await fronts(RTT_MS);
const url = (front: Front) => `https://127.0.0.1:${front.port}`;

function inputsFor(at: Fronts, name: string, extra: Record<string, string> = {}) {
  return {
    'client-id': DEMO.clientId,
    'client-secret': DEMO.clientSecret,
    'org-id': DEMO.orgId,
    'ims-url': url(at.ims),
    'platform-url': url(at.platform),
    name,
    'salesforce-environment-url': url(at.salesforce),
    'salesforce-client-id': DEMO.salesforce.oauth.clientId,
    'salesforce-client-secret': DEMO.salesforce.oauth.clientSecret,
    ...extra,
  };
}

interface Sample {
  ms: number;
  connections?: string;
  requests?: number;
  roundTrips?: number;
}

/** One run, with what the fronts and the simulator saw of it. */
async function observed(at: Fronts, run: () => Promise<Exit>, check: (e: Exit) => boolean) {
  const before = ORIGINS.map((o) => at[o].accepted());
  answeredAt.length = 0;
  sim.requests.length = 0;
  const exit = await run();
  if (!check(exit)) throw new Error(`unexpected run (exit ${exit.code}):\n${exit.stdout}`);
  return {
    ms: exit.ms,
    connections: ORIGINS.map((o, i) => at[o].accepted() - before[i]!).join(' / '),
    requests: sim.requests.length,
    roundTrips: sequentialRoundTrips(answeredAt, at === far ? RTT_MS : 0.001),
  } satisfies Sample;
}

const scenario =
  (at: Fronts, outcome: string, extra: Record<string, string> = {}) =>
  (name: string) =>
    observed(
      at,
      () => runAction(inputsFor(at, name, extra), TRUST),
      (e) => e.code === 0 && (e as Exit & { outcome?: string }).outcome === outcome,
    );

/** The seed's way: two curl calls, the IMS token then POST /connections. */
async function seedWay(name: string): Promise<Exit> {
  const curl = (args: string[]) =>
    timed('curl', ['-sS', '--fail', '--cacert', certificate.certFile, ...args], CLEAN_ENV);
  const token = await curl([
    ...['-X', 'POST', `${url(far.ims)}/ims/token/v3`],
    ...['-d', 'grant_type=client_credentials', '-d', `client_id=${DEMO.clientId}`],
    ...['-d', `client_secret=${DEMO.clientSecret}`, '-d', 'scope=openid,AdobeID'],
  ]);
  const { access_token: accessToken } = JSON.parse(token.stdout) as { access_token: string };
  const body = {
    name,
    auth: {
      specName: 'OAuth2 Client Credential',
      params: { environmentUrl: url(far.salesforce), ...DEMO.salesforce.oauth },
    },
    connectionSpec: { id: SALESFORCE_SPEC_ID, version: '1.0' },
  };
  const created = await curl([
    ...['-X', 'POST', `${url(far.platform)}/data/foundation/flowservice/connections`],
    ...['-H', `Authorization: Bearer ${accessToken}`, '-H', `x-api-key: ${DEMO.clientId}`],
    ...['-H', `x-gw-ims-org-id: ${DEMO.orgId}`, '-H', 'x-sandbox-name: prod'],
    ...['-H', 'Content-Type: application/json', '-d', JSON.stringify(body)],
  ]);
  return { ...created, ms: token.ms + created.ms };
}

interface Row {
  label: string;
  /** Round trips of the minimal exchange, handshakes included; none for a start-up row. */
  floorTrips?: number;
  floorText: string;
  measure: (i: number) => Promise<Sample>;
}

const yardstick = () => timed(node, ['-e', '0'], CLEAN_ENV).then(({ ms }) => ({ ms }));
const rows: Row[] = [
  {
    label: 'start-up (invalid input, no request)',
    floorText: '`node -e 0`',
    measure: () =>
      runAction(inputsFor(far, 'x', { 'org-id': 'acme' })).then((e) => {
        if (e.code !== 1) throw new Error(`expected exit 1:\n${e.stdout}`);
        return { ms: e.ms };
      }),
  },
  {
    label: 'create, 0 ms RTT',
    floorText: '`node -e 0`',
    measure: (i) => scenario(near, 'created')(`near ${i}`),
  },
  {
    label: `create, ${RTT_MS} ms RTT`,
    floorTrips: 7,
    floorText:
      '2 handshakes + 5 (token, lookup, Salesforce check, POST, re-list ∥ state ∥ explore)',
    measure: (i) => scenario(far, 'created')(`far ${i}`),
  },
  {
    label: `reuse, ${RTT_MS} ms RTT`,
    floorTrips: 5,
    floorText: '2 handshakes + 3 (token, lookup, explore)',
    measure: (i) => scenario(far, 'reused')(`far ${i}`),
  },
  {
    label: `update, ${RTT_MS} ms RTT`,
    floorTrips: 6,
    floorText: '2 handshakes + 4 (token, lookup ∥ Salesforce check, PATCH, state ∥ explore)',
    measure: (i) => scenario(far, 'updated', { 'if-exists': 'update' })(`far ${i}`),
  },
  {
    label: `dry run (would reuse), ${RTT_MS} ms RTT`,
    floorTrips: 4,
    floorText: '2 handshakes + 2 (token, lookup)',
    measure: (i) => scenario(far, 'would-reuse', { 'dry-run': 'true' })(`far ${i}`),
  },
  {
    label: `the seed's way (curl token, curl POST), ${RTT_MS} ms RTT`,
    floorTrips: 4,
    floorText: '2 handshakes + 2 (token, POST)',
    measure: (i) =>
      observed(
        far,
        () => seedWay(`seed ${i}`),
        (e) => e.code === 0,
      ),
  },
];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const mostCommon = <T>(values: T[]) =>
  [...new Set(values)].sort(
    (a, b) => values.filter((v) => v === b).length - values.filter((v) => v === a).length,
  )[0];

/** Peak RSS of a zero-latency create, reported by the process itself as it exits. */
const REPORT_RSS = `data:text/javascript,${encodeURIComponent(
  "process.on('exit', () => process.stderr.write('bench-maxrss-kb=' + process.resourceUsage().maxRSS + '\\n'))",
)}`;
async function peakRssMb(i: number): Promise<number> {
  const exit = await runAction(inputsFor(near, `rss ${i}`), TRUST, ['--import', REPORT_RSS]);
  return Number(/bench-maxrss-kb=(\d+)/.exec(exit.stderr)?.[1]) / 1024;
}

async function lookupBench(): Promise<string> {
  const plain = await startSimulator({ pageSize: 100 });
  try {
    for (let i = 0; i < CONNECTIONS; i++) plain.seedConnection({ name: `Connection ${i}` });
    const name = 'EMEA, APAC';
    plain.seedConnection({ name });
    const started = performance.now();
    const { core } = await runStep(plain, { name, verify: 'false' });
    const ms = performance.now() - started;
    if (core.failed) throw new Error(core.failed);
    const pages = plain.requests.filter(
      (r) => r.method === 'GET' && r.path.endsWith('/connections'),
    ).length;
    return `Lookup matched client-side over ${CONNECTIONS + 1} connections (in-process, plain http on loopback): ${pages} pages in ${ms.toFixed(0)} ms.`;
  } finally {
    await plain.close();
  }
}

try {
  const yard: number[] = [];
  const samples = rows.map(() => [] as Sample[]);
  for (let i = 0; i < RUNS; i++) {
    yard.push((await yardstick()).ms);
    for (const [r, row] of rows.entries()) samples[r]!.push(await row.measure(i));
    process.stderr.write(`\r${i + 1}/${RUNS}`);
  }
  process.stderr.write('\n');
  const rss: number[] = [];
  for (let i = 0; i < 5; i++) rss.push(await peakRssMb(i));
  const node0 = median(yard);
  const table = [
    '| Scenario | Median ms | Floor | Floor ms | Ratio | Connections (IMS / Platform / Salesforce) | Requests | Sequential round trips |',
    '| --- | ---: | --- | ---: | ---: | --- | ---: | ---: |',
    `| \`node -e 0\` (yardstick) | ${node0.toFixed(0)} | | | | | | |`,
    ...rows.map((row, r) => {
      const runs = samples[r]!;
      const ms = median(runs.map((s) => s.ms));
      const floorMs = node0 + (row.floorTrips ?? 0) * RTT_MS;
      const floor =
        row.floorTrips === undefined
          ? row.floorText
          : `\`node -e 0\` + ${row.floorTrips} × RTT: ${row.floorText}`;
      const connections = mostCommon(runs.map((s) => s.connections)) ?? '';
      const requests = mostCommon(runs.map((s) => s.requests)) ?? '';
      const roundTrips = row.floorTrips ? (mostCommon(runs.map((s) => s.roundTrips)) ?? '') : '';
      return `| ${row.label} | ${ms.toFixed(0)} | ${floor} | ${floorMs.toFixed(0)} | ${(ms / floorMs).toFixed(2)}× | ${connections} | ${requests} | ${roundTrips} |`;
    }),
  ];
  const version = (bin: string) => execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
  console.log(
    [
      `${RUNS} iterations, emulated RTT ${RTT_MS} ms; action and yardstick under Node ${version(node)} (${nodeNote}); bench under ${process.version}.`,
      `Machine: ${cpus().length} CPUs, ${cpus()[0]?.model ?? 'unknown model'}.`,
      '',
      ...table,
      '',
      `dist/index.js: ${(statSync(BUNDLE).size / 1000).toFixed(0)} kB (${statSync(BUNDLE).size} bytes).`,
      `Peak RSS of a create (0 ms RTT), 5 runs: median ${median(rss).toFixed(1)} MB, max ${Math.max(...rss).toFixed(1)} MB.`,
      await lookupBench(),
    ].join('\n'),
  );
} finally {
  await Promise.all([...Object.values(near), ...Object.values(far)].map((front) => front.close()));
  await sim.close();
}
