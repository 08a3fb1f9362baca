import { DEMO, type SimulatorConfig, SALESFORCE_SPEC_ID } from './config.js';
import { connectionSpecOf } from './connection-specs.js';
import type { FlowCall } from './connections.js';
import { notFound } from './errors.js';
import type { Reply } from './http.js';
import { loginFailure } from './salesforce.js';
import type { StoredConnection } from './types.js';

/**
 * Why the source refuses the stored credentials, or undefined when it accepts them: Salesforce
 * checks them as its login endpoints do; the other simulated sources accept `DEMO.sourceSecret`
 * in every param their auth spec marks `format: "password"`.
 */
export function sourceFailure(
  connection: StoredConnection,
  config: SimulatorConfig,
): string | undefined {
  const { auth } = connection;
  if (connection.connectionSpec.id === SALESFORCE_SPEC_ID) {
    return loginFailure(auth, config.salesforce);
  }
  const spec = connectionSpecOf(connection.connectionSpec.id);
  const properties = spec.authSpec.find((a) => a.name === auth.specName)?.spec.properties ?? {};
  const refused = Object.entries(properties).some(
    ([name, p]) => p.format === 'password' && auth.params[name] !== DEMO.sourceSecret,
  );
  return refused ? 'authentication failure' : undefined;
}

/** `GET /connections/{id}/test`: `{result}`, false when the source refuses the credentials. */
export function testConnection(call: FlowCall, id: string): Reply {
  const connection = call.store.find(call.caller.scope, id);
  if (connection === undefined) throw notFound(`Connection ${id}`);
  const result =
    connection.state === 'enabled' && sourceFailure(connection, call.config) === undefined;
  return { status: 200, body: { result } };
}
