/** The tests use the same child-process helpers as the bench (server/tools). */
export * from '../../server/tools/processes';
