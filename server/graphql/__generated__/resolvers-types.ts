import type { StorageKind } from '../../storage/types';
import type { GraphQLResolveInfo } from 'graphql';
import type { HealthReport } from '../../health/health.service';
import type { ServerInstanceRecord } from '../../health/server-registry';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** What a server process reports about itself and its peers. */
export type Health = {
  __typename?: 'Health';
  /** The database name inside the MongoDB deployment. */
  database: Scalars['String']['output'];
  /**
   * The server processes sharing this database that have sent a heartbeat recently
   * (within three heartbeat intervals), oldest start first. A process that stops
   * gracefully removes itself; one that crashes drops out once its heartbeat is stale.
   */
  instances: Array<ServerInstance>;
  /** Which kind of MongoDB this server is connected to. */
  storage: StorageKind;
  /** The server's release version (from its package.json). */
  version: Scalars['String']['output'];
};

/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 */
export type Query = {
  __typename?: 'Query';
  /** The running server and the database it uses. Safe to call at any time; it never changes state. */
  health: Health;
};

/** One server process registered in the shared database. */
export type ServerInstance = {
  __typename?: 'ServerInstance';
  /** Host name of the machine (or container) running the process. */
  hostname: Scalars['String']['output'];
  /** Random identifier the process chose at start; unique per process lifetime. */
  id: Scalars['ID']['output'];
  /** When the process last sent a heartbeat, as an ISO 8601 UTC timestamp. */
  lastSeenAt: Scalars['String']['output'];
  /** Operating-system process id on that host. */
  pid: Scalars['Int']['output'];
  /** When the process registered, as an ISO 8601 UTC timestamp. */
  startedAt: Scalars['String']['output'];
};

export { StorageKind };

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Health: ResolverTypeWrapper<HealthReport>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ServerInstance: ResolverTypeWrapper<ServerInstanceRecord>;
  StorageKind: StorageKind;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Boolean: Scalars['Boolean']['output'];
  Health: HealthReport;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Query: Record<PropertyKey, never>;
  ServerInstance: ServerInstanceRecord;
  String: Scalars['String']['output'];
}>;

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = ResolversObject<{
  database?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  instances?: Resolver<Array<ResolversTypes['ServerInstance']>, ParentType, ContextType>;
  storage?: Resolver<ResolversTypes['StorageKind'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
}>;

export type ServerInstanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServerInstance'] = ResolversParentTypes['ServerInstance']> = ResolversObject<{
  hostname?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StorageKindResolvers = EnumResolverSignature<{ EMBEDDED?: any, MEMORY_SERVER?: any, URI?: any }, ResolversTypes['StorageKind']>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  Health?: HealthResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ServerInstance?: ServerInstanceResolvers<ContextType>;
  StorageKind?: StorageKindResolvers;
}>;

