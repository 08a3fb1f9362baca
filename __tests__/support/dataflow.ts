import { DEMO_DATASET, type RecordedRequest, type Simulator } from '../../simulator/index.js';
import { run } from '../../src/dataflow/main.js';
import { httpClientTransport } from '../../src/platform/transport.js';
import { actionDefaults } from '../unit/support/repo.js';
import { FakeClock, FakeCore } from './fake-runtime.js';
import { adobeInputs } from './scenario.js';

const DATAFLOW_DEFAULTS = actionDefaults('dataflow/action.yml');

export const CONTACT_MAPPING = [
  { source: 'Id', destination: '_id' },
  { source: 'Email', destination: 'personalEmail.address', sourceType: 'ATTRIBUTE' },
];

/** The demo inputs of the dataflow action for a base connection of the simulator. */
export function dataflowInputs(
  sim: Simulator,
  connectionId: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    ...adobeInputs(sim),
    'connection-id': connectionId,
    object: 'Contact',
    columns: 'Id,Email,LastModifiedDate',
    'dataset-id': DEMO_DATASET.id,
    mapping: 'mapping.json',
    name: 'Contacts',
    'start-time': '2026-11-28T12:00:00Z',
    ...extra,
  };
}

/** Runs the dataflow action in-process, its workspace holding these files. */
export async function runDataflow(
  inputs: Record<string, string>,
  files: Record<string, string> = { 'mapping.json': JSON.stringify(CONTACT_MAPPING) },
) {
  const rt = {
    core: new FakeCore(inputs, DATAFLOW_DEFAULTS),
    clock: new FakeClock(),
    transport: httpClientTransport(),
    readFile(path: string): string {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
      return text;
    },
  };
  await run(rt);
  return rt;
}

const FOUNDATION = '/data/foundation';

/** `METHOD /service/path?query` (query decoded), IMS included, in the order they arrived. */
export function calls(sim: Simulator): string[] {
  return sim.requests.map(call);
}

function call(r: RecordedRequest): string {
  const path = r.path.startsWith(FOUNDATION) ? r.path.slice(FOUNDATION.length) : r.path;
  const query = Object.entries(r.query).flatMap(([k, vs]) => vs.map((v) => `${k}=${v}`));
  return `${r.method} ${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}
