// Request ids: a client-sent id is kept only if it looks like one of ours (it ends up in logs and audit rows).
export const REQUEST_ID_HEADER = "x-request-id";

export function validRequestId(sent: string | null | undefined): string | null {
  return sent && /^[A-Za-z0-9-]{8,64}$/.test(sent) ? sent : null;
}

export function requestIdFrom(headers: { get(name: string): string | null }): string {
  return validRequestId(headers.get(REQUEST_ID_HEADER)) ?? crypto.randomUUID();
}
