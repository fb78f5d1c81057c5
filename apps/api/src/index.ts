export { main } from './cli.js';
export { startServer, type RunningServer, type ServerOptions } from './server.js';
export { loadConfig, type Config } from './config.js';
export { seed, type SeedOptions, type SeedResult, type DemoTokens } from './seed/seed.js';
