import type { StorageKind } from '../../storage/types';
import type { Role } from '../../parties/roles';
import type { GraphQLResolveInfo } from 'graphql';
import type { HealthReport } from '../../health/health.service';
import type { ServerInstanceRecord } from '../../health/server-registry';
import type { PartyRecord } from '../../models/party.model';
import type { ApiTokenRecord } from '../../models/api-token.model';
import type { Caller } from '../../parties/caller';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** An API token, without its secret value. */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** When it was issued, as an ISO 8601 UTC timestamp. */
  createdAt: Scalars['String']['output'];
  /** Opaque identifier, used to revoke the token. */
  id: Scalars['ID']['output'];
  /** The name given when it was issued. */
  label: Scalars['String']['output'];
  /** The token's first characters, to tell tokens apart. */
  prefix: Scalars['String']['output'];
  /** When it was revoked, as an ISO 8601 UTC timestamp; null while it works. */
  revokedAt?: Maybe<Scalars['String']['output']>;
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

/** The result of issueApiToken. */
export type IssueApiTokenPayload = {
  __typename?: 'IssueApiTokenPayload';
  /** The stored token record; null on failure. */
  apiToken?: Maybe<ApiToken>;
  /** The token itself, shown this once: send it as `Authorization: Bearer <token>`. Null on failure. */
  token?: Maybe<Scalars['String']['output']>;
  /** Why nothing was done; empty on success. */
  userErrors: Array<UserError>;
};

/** The caller, as its bearer token identifies it. */
export type Me = {
  __typename?: 'Me';
  /** The party the token acts for. */
  party: Party;
  /** The roles that party holds. */
  roles: Array<Role>;
  /** The party's API tokens, revoked ones included, oldest first. Token values are never shown again. */
  tokens: Array<ApiToken>;
};

/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Issues an API token for a party: a party for itself, a trainer for any party. The token is
   * returned once, here; only a hash of it is stored.
   */
  issueApiToken: IssueApiTokenPayload;
  /** Registers a party in the single window. Trainers only. */
  registerParty: RegisterPartyPayload;
  /**
   * Revokes an API token: a party its own, a trainer any. Requests with it are refused from
   * then on. Revoking a revoked token is not an error and keeps the first revocation time.
   */
  revokeApiToken: RevokeApiTokenPayload;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationIssueApiTokenArgs = {
  label: Scalars['String']['input'];
  partyId: Scalars['ID']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationRegisterPartyArgs = {
  input: RegisterPartyInput;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};

/**
 * Where a page of a connection ends. Lists page forward: pass `endCursor` as `after` to get the
 * next page while `hasNextPage` is true. `first` defaults to 20 and may be at most 100.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque cursor of the page's last row, to pass as `after`; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** An organisation acting in the single window: a company, a carrier, customs, a bank, a trainer. */
export type Party = {
  __typename?: 'Party';
  /** Whether customs has certified the party as an Authorised Economic Operator (lowers inspection risk). */
  aeo: Scalars['Boolean']['output'];
  /** Short stable handle, unique in the registry, e.g. "CQ-MOTO". */
  code: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  /** Opaque identifier, stable for the party's lifetime. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** What the party acts as; a party may hold several roles. */
  roles: Array<Role>;
};

/** A page of the party registry. */
export type PartyConnection = {
  __typename?: 'PartyConnection';
  /** The parties on this page, ordered by code. */
  edges: Array<PartyEdge>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many parties match the filter in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One party in a page of the registry. */
export type PartyEdge = {
  __typename?: 'PartyEdge';
  /** Opaque position of this party, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The party. */
  node: Party;
};

/** Which parties to list. */
export type PartyFilter = {
  /** Only parties holding this role. */
  role?: InputMaybe<Role>;
};

/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type Query = {
  __typename?: 'Query';
  /** The running server and the database it uses. Safe to call at any time, also without a token; it never changes state. */
  health: Health;
  /** The calling party, the roles it acts in, and its API tokens. */
  me: Me;
  /**
   * The party registry, ordered by code. Any authenticated caller may list it: parties are
   * public within the single window.
   */
  parties: PartyConnection;
  /** One party by id, or null when there is none. */
  party?: Maybe<Party>;
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryPartiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryPartyArgs = {
  id: Scalars['ID']['input'];
};

/** A new party. Every broken rule is reported at once, each with its field. */
export type RegisterPartyInput = {
  /** Authorised Economic Operator status; false when left out. */
  aeo?: InputMaybe<Scalars['Boolean']['input']>;
  /** 2–32 capital letters, digits or dashes, starting with a letter or digit; unique. */
  code: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 country code, e.g. "CN". */
  country: Scalars['String']['input'];
  /** Display name; must not be blank. */
  name: Scalars['String']['input'];
  /** At least one role. */
  roles: Array<Role>;
};

/** The result of registerParty. */
export type RegisterPartyPayload = {
  __typename?: 'RegisterPartyPayload';
  /** The registered party; null when userErrors is not empty. */
  party?: Maybe<Party>;
  /** Why nothing was done; empty on success. */
  userErrors: Array<UserError>;
};

/** The result of revokeApiToken. */
export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  /** The revoked token; null when userErrors is not empty. */
  apiToken?: Maybe<ApiToken>;
  /** Why nothing was done; empty on success. */
  userErrors: Array<UserError>;
};

export { Role };

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

/** A business failure of a mutation: what went wrong, where in the input, and which rule. */
export type UserError = {
  __typename?: 'UserError';
  /** What kind of failure this is. */
  code: UserErrorCode;
  /** Path of the input field at fault, e.g. ["input", "lines", "0", "hsCode"]; null when no single field is. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** Human-readable explanation, prefixed with the field path when there is one. */
  message: Scalars['String']['output'];
  /** Short name of the rule broken, e.g. "iso3166-alpha2" or "unique"; null when none applies. */
  rule?: Maybe<Scalars['String']['output']>;
};

/** Kinds of business failure. */
export type UserErrorCode =
  /** A business rule of the simulated trade forbids it (the message says which). */
  | 'BUSINESS_RULE'
  /** Someone else changed the same thing first; read it again and retry. */
  | 'CONFLICT'
  /** The input would create something that already exists. */
  | 'DUPLICATE'
  /** The lifecycle is in a state that does not accept this event. */
  | 'EVENT_NOT_ACCEPTED'
  /** Not allowed for the caller. Never returned in userErrors: refused actions fail with an error whose extensions.code is FORBIDDEN. */
  | 'FORBIDDEN'
  /** Something the input refers to does not exist. */
  | 'NOT_FOUND'
  /** The input breaks a validation rule (see `field` and `rule`). */
  | 'VALIDATION';

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
  ApiToken: ResolverTypeWrapper<ApiTokenRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Health: ResolverTypeWrapper<HealthReport>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IssueApiTokenPayload: ResolverTypeWrapper<Omit<IssueApiTokenPayload, 'apiToken'> & { apiToken?: Maybe<ResolversTypes['ApiToken']> }>;
  Me: ResolverTypeWrapper<Caller>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Party: ResolverTypeWrapper<PartyRecord>;
  PartyConnection: ResolverTypeWrapper<Omit<PartyConnection, 'edges'> & { edges: Array<ResolversTypes['PartyEdge']> }>;
  PartyEdge: ResolverTypeWrapper<Omit<PartyEdge, 'node'> & { node: ResolversTypes['Party'] }>;
  PartyFilter: PartyFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterPartyInput: RegisterPartyInput;
  RegisterPartyPayload: ResolverTypeWrapper<Omit<RegisterPartyPayload, 'party'> & { party?: Maybe<ResolversTypes['Party']> }>;
  RevokeApiTokenPayload: ResolverTypeWrapper<Omit<RevokeApiTokenPayload, 'apiToken'> & { apiToken?: Maybe<ResolversTypes['ApiToken']> }>;
  Role: Role;
  ServerInstance: ResolverTypeWrapper<ServerInstanceRecord>;
  StorageKind: StorageKind;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ApiToken: ApiTokenRecord;
  Boolean: Scalars['Boolean']['output'];
  Health: HealthReport;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  IssueApiTokenPayload: Omit<IssueApiTokenPayload, 'apiToken'> & { apiToken?: Maybe<ResolversParentTypes['ApiToken']> };
  Me: Caller;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Party: PartyRecord;
  PartyConnection: Omit<PartyConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartyEdge']> };
  PartyEdge: Omit<PartyEdge, 'node'> & { node: ResolversParentTypes['Party'] };
  PartyFilter: PartyFilter;
  Query: Record<PropertyKey, never>;
  RegisterPartyInput: RegisterPartyInput;
  RegisterPartyPayload: Omit<RegisterPartyPayload, 'party'> & { party?: Maybe<ResolversParentTypes['Party']> };
  RevokeApiTokenPayload: Omit<RevokeApiTokenPayload, 'apiToken'> & { apiToken?: Maybe<ResolversParentTypes['ApiToken']> };
  ServerInstance: ServerInstanceRecord;
  String: Scalars['String']['output'];
  UserError: UserError;
}>;

export type ApiTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = ResolversObject<{
  database?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  instances?: Resolver<Array<ResolversTypes['ServerInstance']>, ParentType, ContextType>;
  storage?: Resolver<ResolversTypes['StorageKind'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type IssueApiTokenPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IssueApiTokenPayload'] = ResolversParentTypes['IssueApiTokenPayload']> = ResolversObject<{
  apiToken?: Resolver<Maybe<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = ResolversObject<{
  party?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  tokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  issueApiToken?: Resolver<ResolversTypes['IssueApiTokenPayload'], ParentType, ContextType, RequireFields<MutationIssueApiTokenArgs, 'label' | 'partyId'>>;
  registerParty?: Resolver<ResolversTypes['RegisterPartyPayload'], ParentType, ContextType, RequireFields<MutationRegisterPartyArgs, 'input'>>;
  revokeApiToken?: Resolver<ResolversTypes['RevokeApiTokenPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
}>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Party'] = ResolversParentTypes['Party']> = ResolversObject<{
  aeo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
}>;

export type PartyConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartyConnection'] = ResolversParentTypes['PartyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartyEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartyEdge'] = ResolversParentTypes['PartyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  parties?: Resolver<ResolversTypes['PartyConnection'], ParentType, ContextType, Partial<QueryPartiesArgs>>;
  party?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType, RequireFields<QueryPartyArgs, 'id'>>;
}>;

export type RegisterPartyPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegisterPartyPayload'] = ResolversParentTypes['RegisterPartyPayload']> = ResolversObject<{
  party?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RevokeApiTokenPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RevokeApiTokenPayload'] = ResolversParentTypes['RevokeApiTokenPayload']> = ResolversObject<{
  apiToken?: Resolver<Maybe<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RoleResolvers = EnumResolverSignature<{ AUDITOR?: any, BANK?: any, CARRIER?: any, CONSOLIDATOR?: any, CUSTOMS?: any, EXPORTER?: any, FORWARDER?: any, IMPORTER?: any, INSURER?: any, TRAINER?: any }, ResolversTypes['Role']>;

export type ServerInstanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServerInstance'] = ResolversParentTypes['ServerInstance']> = ResolversObject<{
  hostname?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StorageKindResolvers = EnumResolverSignature<{ EMBEDDED?: any, MEMORY_SERVER?: any, URI?: any }, ResolversTypes['StorageKind']>;

export type UserErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  ApiToken?: ApiTokenResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  IssueApiTokenPayload?: IssueApiTokenPayloadResolvers<ContextType>;
  Me?: MeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  PartyConnection?: PartyConnectionResolvers<ContextType>;
  PartyEdge?: PartyEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegisterPartyPayload?: RegisterPartyPayloadResolvers<ContextType>;
  RevokeApiTokenPayload?: RevokeApiTokenPayloadResolvers<ContextType>;
  Role?: RoleResolvers;
  ServerInstance?: ServerInstanceResolvers<ContextType>;
  StorageKind?: StorageKindResolvers;
  UserError?: UserErrorResolvers<ContextType>;
}>;

