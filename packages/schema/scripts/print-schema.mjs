// Writes schema.graphql from the built schema (run after `tsc`; `pnpm print-schema`). The test
// test/sdl.test.ts fails when the checked-in file and the schema drift apart.
import { writeFileSync } from 'node:fs';
import { printSdl } from '../dist/index.js';

const out = new URL('../schema.graphql', import.meta.url);
writeFileSync(out, printSdl());
console.log(`wrote ${out.pathname}`);
