export * from './types.js';
export * from './define-connector.js';
export * from './rng.js';
export * from './schedule.js';
export * from './option-fields.js';
export * from './fake-context.js';
export * from './http/index.js';
