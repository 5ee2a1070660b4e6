import { listCurrencies, listIncoterms, listLocations, listTradeModes } from '../../reference';
import type { Resolvers } from '../__generated__/resolvers-types';
import { requireCaller } from '../auth';

/**
 * The reference tables pages pick from (places, Incoterms, currencies, export trade modes), so a
 * form offers what the API accepts instead of carrying its own copy of the tables.
 */
export const referenceResolvers: Resolvers = {
  Query: {
    locations: (_root, _args, context) => {
      requireCaller(context);
      return [...listLocations()].sort((a, b) => a.code.localeCompare(b.code));
    },
    incoterms: (_root, _args, context) => {
      requireCaller(context);
      return [...listIncoterms()];
    },
    currencies: (_root, _args, context) => {
      requireCaller(context);
      return listCurrencies()
        .map((c) => c.code)
        .sort();
    },
    exportTradeModes: (_root, _args, context) => {
      requireCaller(context);
      return listTradeModes().filter((mode) => mode.directions.includes('export'));
    },
  },
};
