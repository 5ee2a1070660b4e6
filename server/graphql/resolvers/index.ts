import type { Resolvers } from '../__generated__/resolvers-types';
import { billResolvers } from './bill.resolvers';
import { customsResolvers } from './customs.resolvers';
import { exerciseResolvers } from './exercise.resolvers';
import { financingResolvers } from './financing.resolvers';
import { healthResolvers } from './health.resolvers';
import { invoicePolicyResolvers } from './invoice-policy.resolvers';
import { liveResolvers } from './live.resolvers';
import { orderResolvers } from './order.resolvers';
import { partyResolvers } from './party.resolvers';
import { referenceResolvers } from './reference.resolvers';
import { scenarioResolvers } from './scenario.resolvers';
import { shipmentResolvers } from './shipment.resolvers';
import { DateScalar, DateTimeScalar } from '../date-scalars';
import { DecimalScalar } from '../scalars';

/** One entry per area; each area's resolvers cover only the types its schema file declares. */
export const resolvers: Resolvers[] = [healthResolvers, partyResolvers, orderResolvers, shipmentResolvers, billResolvers, customsResolvers, invoicePolicyResolvers, financingResolvers, scenarioResolvers, referenceResolvers, exerciseResolvers, liveResolvers, { Decimal: DecimalScalar, Date: DateScalar, DateTime: DateTimeScalar }];
