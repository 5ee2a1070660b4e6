// Pure reference data and validators: no I/O, no clock, no server imports.
export * from './check';
export * from './modes';
export * from './locations';
export * from './hs-codes';
export * from './incoterms';
export * from './currencies';
export * from './containers';
export * from './trade-modes';
export * from './units';
