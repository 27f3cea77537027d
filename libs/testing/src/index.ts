export * from './env';
export * from './api-client';
export * from './browser';
export * from './stack/free-port';
export * from './stack/processes';
export * from './stack/infrastructure';
export * from './stack/services';
export * from './stack/test-stack';
