import { defineConfig } from 'drizzle-kit';

// One schema and one set of SQL migrations for PGlite and PostgreSQL. `pnpm db:generate` writes a new
// migration into drizzle/ after a change to src/db/tables.ts; the server applies them at start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/tables.ts',
  out: './drizzle',
});
