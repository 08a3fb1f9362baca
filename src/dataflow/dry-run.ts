import { FLOW_SERVICE_PATH } from '../platform/flow-service/client.js';
import { flowBody, mappingSetBody, sourceBody, targetBody } from './bodies.js';
import type { Context } from './discover.js';
import { chainNames, type ChainPlan, type Desired, type Found, type Piece } from './plan.js';

const DATA_PREP_PATH = '/data/foundation/conversion';

/** The id a created piece would get: not known until Platform answers. */
const NEW: Record<Piece, string> = {
  source: '<new source connection id>',
  target: '<new target connection id>',
  mapping: '<new mapping set id>',
  flow: '<new dataflow id>',
};

/**
 * Each write a real run would send, in order, with the ids it would use or create. Reads and the
 * mapping validation already happened: a dry run does those.
 */
export function plannedRequests(
  platformUrl: string,
  plan: Exclude<ChainPlan, { action: 'fail' }>,
  found: Found,
  w: { connectionId: string; context: Context; desired: Desired },
): string[] {
  const flowUrl = `${platformUrl}${FLOW_SERVICE_PATH}`;
  const json = (body: unknown) => JSON.stringify(body, null, 2);
  const post = (url: string, body: unknown) => `POST ${url}\n${json(body)}`;
  if (plan.action !== 'build') {
    const drift = plan.drift.length > 0 ? ` (drift: ${plan.drift.join(', ')})` : '';
    const verb = plan.action === 'update' ? 'patched (schedule, mapping)' : 'reused as it is';
    return [`none: dataflow ${plan.flow.id} would be ${verb}${drift}`];
  }
  const names = chainNames(w.desired.name);
  const { context, desired } = w;
  const ids: Record<Piece, string> = { ...NEW };
  const requests: string[] = [];
  let newVersion = false;
  for (const step of plan.steps) {
    if (step.action !== 'create') ids[step.piece] = step.id;
    if (step.action === 'reuse') continue;
    if (step.action === 'update') {
      newVersion = true;
      const body = json(mappingSetBody(names, context, desired));
      requests.push(`PUT ${platformUrl}${DATA_PREP_PATH}/mappingSets/${step.id}\n${body}`);
      continue;
    }
    if (step.piece === 'source')
      requests.push(
        post(`${flowUrl}/sourceConnections`, sourceBody(names, w.connectionId, context, desired)),
      );
    if (step.piece === 'target')
      requests.push(post(`${flowUrl}/targetConnections`, targetBody(names, context, desired)));
    if (step.piece === 'mapping')
      requests.push(
        post(
          `${platformUrl}${DATA_PREP_PATH}/mappingSets`,
          mappingSetBody(names, context, desired),
        ),
      );
  }
  const reusedSet = found.mapping.find((m) => m.id === ids.mapping);
  // Data Prep numbers a set's versions one by one.
  const version = (reusedSet?.version ?? 0) + (newVersion ? 1 : 0);
  const chain = {
    source: ids.source,
    target: ids.target,
    mapping: ids.mapping,
    mappingVersion: version,
  };
  requests.push(post(`${flowUrl}/flows`, flowBody(names, context, desired, chain)));
  return requests;
}
