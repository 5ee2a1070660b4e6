/** The tests use the same order builders as the bench (server/tools). */
export * from '../../server/tools/order-fixtures';
