/**
 * The embedded MongoDB engine: an in-process server speaking the MongoDB wire protocol on a
 * loopback port, for machines where no mongod binary can be had. The unmodified driver and
 * mongoose connect to it exactly as to mongod.
 */
export { startEmbeddedMongo, type EmbeddedMongo, type EmbeddedMongoOptions, type EmbeddedLogger } from './server';
export type { EngineOptions } from './engine';
