import { checkIfMatch, type FlowCall } from './connections.js';
import { badPatch, flowError, invalidRequest, notFound } from './errors.js';
import { connectedResources, validTransformations } from './flow-payload.js';
import { flowSpec } from './flow-specs.js';
import type { Reply } from './http.js';
import { applyOperations, parsePatch } from './json-patch.js';
import { isNonEmptyString, isRecord } from './json.js';
import { requireBody } from './payload.js';
import { createdReply, listHandler, readHandler } from './resource-routes.js';
import { newResourceFields } from './resources.js';
import { validSchedule } from './schedule.js';

function specRefOf(value: unknown): { id: string; version: string } {
  if (!isRecord(value) || typeof value.id !== 'string') {
    throw invalidRequest('flowSpec must be an object with a string id.');
  }
  const version = typeof value.version === 'string' ? value.version : flowSpec(value.id).version;
  return { id: flowSpec(value.id).id, version };
}

export function createFlow(call: FlowCall): Reply {
  const body = requireBody(call.request.body);
  if (!isRecord(body)) throw invalidRequest('The request body must be a JSON object.');
  if ('state' in body)
    throw flowError(
      '1410-400',
      'Invalid request',
      '`State` is not allowed in the create flow request.',
    );
  if (!isNonEmptyString(body.name))
    throw invalidRequest('name is required and must be a non-empty string.');
  const specRef = specRefOf(body.flowSpec);
  const spec = flowSpec(specRef.id);
  const { sourceConnections, targetConnections, flows, runs } = call.dataflows;
  const sources = connectedResources(
    call,
    sourceConnections,
    body.sourceConnectionIds,
    spec.sourceConnectionSpecIds,
    'sourceConnection',
    spec,
  );
  const targets = connectedResources(
    call,
    targetConnections,
    body.targetConnectionIds,
    spec.targetConnectionSpecIds,
    'targetConnection',
    spec,
  );
  const transformations = validTransformations(call, body.transformations, spec, targets);
  const scheduleParams = validSchedule(body.scheduleParams);
  const created = flows.insert({
    ...newResourceFields(call.caller),
    name: body.name,
    ...(typeof body.description === 'string' ? { description: body.description } : {}),
    flowSpec: specRef,
    sourceConnectionIds: sources.map((s) => s.id),
    targetConnectionIds: targets.map((t) => t.id),
    transformations,
    scheduleParams,
  });
  if (scheduleParams.startTime <= Date.now() / 1000) runs.start(created);
  return createdReply('/flows', created);
}

const EDITABLE = ['name', 'description', 'scheduleParams', 'transformations'];
const IMMUTABLE = ['sourceConnectionIds', 'targetConnectionIds'];

function checkPaths(paths: string[][]): void {
  for (const [first = ''] of paths) {
    if (IMMUTABLE.includes(first)) {
      throw badPatch(
        `/${first} cannot be changed: a flow's source and target connections are replaced with a new flow.`,
      );
    }
    if (!EDITABLE.includes(first)) throw badPatch(`Unsupported patch path: /${first}`);
  }
}

/** PATCH /flows/{id}: JSON Patch on name, description, scheduleParams and transformations. */
export function patchFlow(call: FlowCall, id: string): Reply {
  const { flows, targetConnections } = call.dataflows;
  const flow = flows.find(call.caller.scope, id);
  if (flow === undefined) throw notFound(`Flow ${id}`);
  checkIfMatch(call, flow);
  const operations = parsePatch(requireBody(call.request.body));
  checkPaths(operations.map((o) => o.segments));
  const { name, description, scheduleParams, transformations } = flow;
  const edit = applyOperations(
    {
      name,
      ...(description === undefined ? {} : { description }),
      scheduleParams,
      transformations,
    },
    operations,
  );
  if (!isNonEmptyString(edit.name)) throw badPatch('/name must be a non-empty string.');
  const targets = flow.targetConnectionIds.flatMap(
    (t) => targetConnections.find(call.caller.scope, t) ?? [],
  );
  const revised = flows.revise(
    flow,
    {
      ...edit,
      transformations: validTransformations(
        call,
        edit.transformations,
        flowSpec(flow.flowSpec.id),
        targets,
      ),
      scheduleParams: validSchedule(edit.scheduleParams),
    },
    call.caller.clientId,
  );
  return { status: 200, body: { id: revised.id, etag: revised.etag } };
}

export const listFlows = listHandler((dataflows) => dataflows.flows, '/flows', {
  name: (f) => f.name,
  id: (f) => f.id,
  'flowSpec.id': (f) => f.flowSpec.id,
  'sourceConnectionIds[]': (f) => f.sourceConnectionIds,
  'targetConnectionIds[]': (f) => f.targetConnectionIds,
});

export const readFlow = readHandler((dataflows) => dataflows.flows, 'Flow');
