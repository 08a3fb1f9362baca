import { STATUS_CODES } from 'node:http';
import type { Reply } from './http.js';

/** An Adobe-shaped error answer; the request id is filled in when the answer is written. */
export class SimulatedError extends Error {
  constructor(
    readonly status: number,
    private readonly render: (requestId: string) => unknown,
  ) {
    super(`simulated HTTP ${status}`);
  }

  reply(requestId: string): Reply {
    return { status: this.status, body: this.render(requestId) };
  }
}

/** Flow Service error; the status is the code's suffix (`1415-400` → 400). */
export function flowError(
  code: `${number}-${number}`,
  title: string,
  detail: string,
): SimulatedError {
  const status = Number(code.split('-')[1]);
  return new SimulatedError(status, (requestId) => ({
    type: `https://ns.adobe.com/aep/errors/FLOW-${code}`,
    title,
    status,
    report: {
      'detailed-message': detail,
      'request-id': requestId,
      timestamp: new Date().toISOString(),
    },
  }));
}

/** Adobe I/O gateway error; the status is the code's first three digits (`403010` → 403). */
export function gatewayError(errorCode: string, message: string): SimulatedError {
  return new SimulatedError(Number(errorCode.slice(0, 3)), () => ({
    error_code: errorCode,
    message,
  }));
}

export function imsError(status: number, error: string, description: string): SimulatedError {
  return new SimulatedError(status, () => ({ error, error_description: description }));
}

export function invalidRequest(detail: string): SimulatedError {
  return flowError('1100-400', 'Invalid request', detail);
}

export function badPatch(detail: string): SimulatedError {
  return flowError('1455-400', 'Invalid patch request', detail);
}

export function notFound(what: string): SimulatedError {
  return flowError('1101-404', 'Resource not found', `${what} does not exist.`);
}

const RETRY_LATER = 'Please try again. If the problem persists, contact customer support.';

const TRANSIENT_FLOW_ERRORS: Record<number, SimulatedError> = {
  500: flowError('1102-500', 'Internal Error', `An internal error has occurred. ${RETRY_LATER}`),
  503: flowError(
    '1103-503',
    'Service Unavailable',
    `The service is temporarily unavailable. ${RETRY_LATER}`,
  ),
  504: flowError('1104-504', 'Gateway Timeout', `A gateway timeout has occurred. ${RETRY_LATER}`),
};

function imsFaultError(status: number): SimulatedError {
  if (status < 500 && status !== 429) return imsError(status, 'invalid_request', 'Simulated fault');
  return imsError(
    status,
    status === 500 ? 'server_error' : 'temporarily_unavailable',
    'Simulated fault',
  );
}

/** The body a fault gets when it names a status but no body. */
export function defaultFaultError(status: number, forIms: boolean): SimulatedError {
  if (forIms) return imsFaultError(status);
  if (status === 429) return gatewayError('429050', 'Too many requests');
  const title = STATUS_CODES[status] ?? 'Error';
  return (
    TRANSIENT_FLOW_ERRORS[status] ??
    flowError(`1100-${status}`, title, `Simulated fault: ${title}.`)
  );
}
