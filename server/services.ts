/**
 * The services container: every area service, built once per app and shared by all requests.
 * An area adds itself in three places here: a field in Services, its construction in
 * createServices, and its models in the list whose indexes are ensured before serving.
 */
import type { Logger } from 'pino';
import type { Clock } from './clock';
import { HealthService } from './health/health.service';
import type { ServerRegistry } from './health/server-registry';
import { PartyService } from './parties/party.service';
import { TokenService } from './parties/token.service';
import { packageVersion } from './project';
import type { Storage } from './storage/types';

export interface Services {
  health: HealthService;
  parties: PartyService;
  tokens: TokenService;
}

/** What index creation needs of a mongoose model. */
interface IndexedModel {
  init(): Promise<unknown>;
  collection: { collectionName: string };
}

export interface ServiceDependencies {
  storage: Storage;
  clock: Clock;
  logger: Logger;
  registry: ServerRegistry;
}

/**
 * Builds the services and waits until their collections' indexes exist: a unique index that is
 * still being built cannot yet refuse a duplicate, so requests must not race it.
 */
export async function createServices({ storage, clock, logger, registry }: ServiceDependencies): Promise<Services> {
  const { connection } = storage;
  const services: Services = {
    health: new HealthService({ version: packageVersion, storage, registry }),
    parties: new PartyService(connection, clock),
    tokens: new TokenService(connection, clock),
  };
  const models: IndexedModel[] = [services.parties.model, services.tokens.model];
  await Promise.all(models.map((model) => model.init()));
  logger.debug({ collections: models.map((model) => model.collection.collectionName) }, 'indexes ensured');
  return services;
}
