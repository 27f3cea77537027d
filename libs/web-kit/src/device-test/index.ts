export * from './echo-verdict';
export * from './echo-check';
export * from './mic-level';
