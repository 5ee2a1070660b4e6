/** The tests use the same explain summary as the bench (server/tools). */
export * from '../../server/tools/explain';
