import { type Currency, getCurrency } from '../../machines/pure/currencies';
import { type Check, fail, pass } from './check';

export * from '../../machines/pure/currencies';

export function checkCurrency(raw: string): Check<Currency> {
  const code = raw.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) {
    return fail('currency-format', 'ISO 4217 currency code must be 3 letters');
  }
  const currency = getCurrency(code);
  return currency === undefined ? fail('currency-unknown', `unknown ISO 4217 currency '${code}'`) : pass(currency);
}
