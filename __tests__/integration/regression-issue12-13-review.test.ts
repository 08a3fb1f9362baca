import { sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEMO, INVENTED_FILE_SOURCE_SPEC_ID } from '../../simulator/index.js';
import { run } from '../../src/connection/main.js';
import { fakeRuntime } from '../support/fake-runtime.js';
import { adobeInputs, connectionPost, runStepFromNow } from '../support/scenario.js';
import { sharedSimulator, sim } from '../support/simulator.js';

sharedSimulator();

const { jwt, oauth } = DEMO.salesforce;

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
function readyToken(exp: number): string {
  const claims = { iss: oauth.clientId, sub: jwt.username, aud: sim.url, exp };
  const signed = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(claims)}`;
  return `${signed}.${sign('sha256', Buffer.from(signed), jwt.privateKey).toString('base64url')}`;
}

const runJwt = (extra: Record<string, string>) => runStepFromNow(sim, extra);
const posted = () => connectionPost(sim);

describe('salesforce-jwt-token with an exp no date can hold', () => {
  it('regression: an exp past the last date JavaScript can show fails as an input problem naming salesforce-jwt-token, before any request', async () => {
    // Read as milliseconds (above 10^11), 10^16 is past 8.64·10^15, the last valid Date.
    const { core } = await runJwt({ 'salesforce-jwt-token': readyToken(1e16) });
    expect(core.failed).toMatch(/^Invalid inputs:\n- salesforce-jwt-token /);
    expect(sim.requests).toEqual([]);
  });
});

describe('the signed JWT echoed back in pieces', () => {
  it('regression: a Flow Service error quoting only the signature of the JWT the action signed does not print it', async () => {
    sim.inject(
      { method: 'POST', path: '/connections' },
      {
        rewrite: (reply, request) => {
          const { auth } = request.body as { auth: { params: { jwtToken: string } } };
          const signature = auth.params.jwtToken.split('.')[2];
          const detail = `Invalid auth.params: the signature ${signature} does not verify.`;
          const type = 'https://ns.adobe.com/aep/errors/FLOW-1100-400';
          const body = {
            type,
            title: 'Invalid request',
            status: 400,
            report: { 'detailed-message': detail },
          };
          return { ...reply, status: 400, body };
        },
      },
    );
    const { core } = await runJwt({
      'salesforce-private-key': jwt.privateKey,
      'salesforce-username': jwt.username,
      'salesforce-login-url': sim.url,
    });
    const { jwtToken } = (posted()!.body as { auth: { params: { jwtToken: string } } }).auth.params;
    const signature = jwtToken.split('.')[2]!;
    expect(core.failed).toBeDefined();
    // The header is constant and the claims are printed or public (client id, user, login URL,
    // and exp as jwt-expires-at): with the signature, anyone reading the log has the token.
    expect(core.visibleText()).not.toContain(signature);
  });
});

describe('auth-params values the live spec does not call secrets', () => {
  it('regression: a short value of a param the spec does not mark format: password is not masked job-wide without a word', async () => {
    const rt = fakeRuntime({
      ...adobeInputs(sim),
      name: 'Files',
      'connection-spec-id': INVENTED_FILE_SOURCE_SPEC_ID,
      'auth-spec-name': 'Access Key Authentication',
      // host is plain text in the spec; "files" turns up in ids, paths and names the job prints.
      'auth-params': JSON.stringify({ host: 'files', accessKey: DEMO.sourceSecret }),
    });
    await run(rt);
    const { core } = rt;
    expect(core.failed).toBeUndefined();
    const warned = core.messages('warning').some((w) => w.includes('auth-params key "host"'));
    // Either not handed to the runner's job-wide masking, or the user is told, as for secret inputs.
    expect(core.secrets.includes('files') && !warned).toBe(false);
  });
});
