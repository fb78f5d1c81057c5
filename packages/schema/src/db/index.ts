export * from './tables.js'; export * from './connect.js';
