/**
 * What a caller reads when the server itself failed: no cause, no stack, no address, only the
 * request id to quote when asking for help (the log has the rest). Shared by the GraphQL error
 * formatter and the HTTP error handler, so both answer alike.
 */
export function internalMessage(requestId: unknown): string {
  return typeof requestId === 'string' ? `Internal server error (request id ${requestId})` : 'Internal server error';
}
