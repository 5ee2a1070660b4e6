/** The tests use the same customs builders as the bench (server/tools). */
export * from '../../server/tools/customs-fixtures';
