/**
 * ISO 4217 active currency codes ("list one", maintained by SIX for ISO): alphabetic code, numeric
 * code, name and minor units (digits after the decimal point). A selection of ~50 currencies for the
 * corridor countries and major trading partners; values checked against the 2024 list one.
 * Pure data (no server imports), so the machines can round to a currency's minor units;
 * server/reference/currencies adds the validator.
 */
export interface Currency {
  readonly code: string;
  /** 3-digit numeric code, kept as a string to preserve leading zeros ('048'). */
  readonly numeric: string;
  readonly name: string;
  readonly minorUnits: number;
}

// prettier-ignore
const ROWS: ReadonlyArray<readonly [code: string, numeric: string, name: string, minorUnits: number]> = [
  ['AED', '784', 'UAE Dirham', 2],
  ['AUD', '036', 'Australian Dollar', 2],
  ['BHD', '048', 'Bahraini Dinar', 3],
  ['BRL', '986', 'Brazilian Real', 2],
  ['BYN', '933', 'Belarusian Ruble', 2],
  ['CAD', '124', 'Canadian Dollar', 2],
  ['CHF', '756', 'Swiss Franc', 2],
  ['CLP', '152', 'Chilean Peso', 0],
  ['CNY', '156', 'Yuan Renminbi', 2],
  ['CZK', '203', 'Czech Koruna', 2],
  ['DKK', '208', 'Danish Krone', 2],
  ['EGP', '818', 'Egyptian Pound', 2],
  ['EUR', '978', 'Euro', 2],
  ['GBP', '826', 'Pound Sterling', 2],
  ['HKD', '344', 'Hong Kong Dollar', 2],
  ['HUF', '348', 'Forint', 2],
  ['IDR', '360', 'Rupiah', 2],
  ['INR', '356', 'Indian Rupee', 2],
  ['ISK', '352', 'Iceland Krona', 0],
  ['JOD', '400', 'Jordanian Dinar', 3],
  ['JPY', '392', 'Yen', 0],
  ['KGS', '417', 'Som', 2],
  ['KHR', '116', 'Riel', 2],
  ['KRW', '410', 'Won', 0],
  ['KWD', '414', 'Kuwaiti Dinar', 3],
  ['KZT', '398', 'Tenge', 2],
  ['LAK', '418', 'Lao Kip', 2],
  ['LKR', '144', 'Sri Lanka Rupee', 2],
  ['MMK', '104', 'Kyat', 2],
  ['MNT', '496', 'Tugrik', 2],
  ['MXN', '484', 'Mexican Peso', 2],
  ['MYR', '458', 'Malaysian Ringgit', 2],
  ['NOK', '578', 'Norwegian Krone', 2],
  ['NZD', '554', 'New Zealand Dollar', 2],
  ['OMR', '512', 'Rial Omani', 3],
  ['PHP', '608', 'Philippine Peso', 2],
  ['PKR', '586', 'Pakistan Rupee', 2],
  ['PLN', '985', 'Zloty', 2],
  ['RUB', '643', 'Russian Ruble', 2],
  ['SAR', '682', 'Saudi Riyal', 2],
  ['SEK', '752', 'Swedish Krona', 2],
  ['SGD', '702', 'Singapore Dollar', 2],
  ['THB', '764', 'Baht', 2],
  ['TND', '788', 'Tunisian Dinar', 3],
  ['TRY', '949', 'Turkish Lira', 2],
  ['TWD', '901', 'New Taiwan Dollar', 2],
  ['USD', '840', 'US Dollar', 2],
  ['UZS', '860', 'Uzbekistan Sum', 2],
  ['VND', '704', 'Dong', 0],
  ['ZAR', '710', 'Rand', 2],
];

const CURRENCIES: ReadonlyMap<string, Currency> = new Map(
  ROWS.map(([code, numeric, name, minorUnits]) => [code, Object.freeze({ code, numeric, name, minorUnits })]),
);

export function getCurrency(code: string): Currency | undefined {
  return CURRENCIES.get(code.trim().toUpperCase());
}

export function listCurrencies(): readonly Currency[] {
  return [...CURRENCIES.values()];
}

/** Digits after the decimal point (JPY 0, CNY 2, KWD 3); undefined for a code not in the table. */
export function minorUnits(code: string): number | undefined {
  return getCurrency(code)?.minorUnits;
}
