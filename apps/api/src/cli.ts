/** The openita command line. main() returns the exit code: 0 done, 1 invalid input, 2 usage error. */
import { Command, CommanderError } from 'commander';
import { EXIT, err, InvalidInputError, UsageError } from './cli/io.js';

/**
 * Each command's module is imported when the command runs, so `openita score` does not load the server,
 * the database drivers or the PDF reader: start-up stays fast.
 */
const load = {
  audit: () => import('./cli/audit.js'),
  check: () => import('./cli/check.js'),
  report: () => import('./cli/report.js'),
  score: () => import('./cli/score.js'),
  seed: () => import('./cli/seed.js'),
  serve: () => import('./cli/serve.js'),
  token: () => import('./cli/token.js'),
  verify: () => import('./cli/verify.js'),
};

function lang(value: string): 'th' | 'en' {
  if (value !== 'th' && value !== 'en') throw new UsageError(`--lang must be th or en, not "${value}"`);
  return value;
}

function program(): { cmd: Command; result: { code: number } } {
  const result = { code: EXIT.ok as number };
  const cmd = new Command('openita')
    .description('OpenITA: ITA scores and OIT website checks for Thai public agencies')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .showHelpAfterError();
  cmd
    .command('score')
    .description('score an assessment file (JSON): a Thai scorecard, or --json with unrounded numbers')
    .argument('<file>', 'assessment JSON file, or - for standard input')
    .option('--json', 'print JSON instead of the scorecard')
    .option('--lang <lang>', 'th or en', 'th')
    .action(async (file: string, opts: { json?: boolean; lang: string }) => {
      result.code = await (await load.score()).scoreCommand(file, { json: opts.json ?? false, lang: lang(opts.lang) });
    });
  cmd
    .command('check')
    .description('check one page (HTML or PDF, file or URL) against the OIT items: verdicts with their proof')
    .argument('<target>', 'file path or http(s) URL')
    .option('--framework <id>', 'framework', 'nacc-ita-2564')
    .option('--item <id>', 'check this item only, even if the page does not look like it (O5)')
    .option('--json', 'print JSON')
    .option('--lang <lang>', 'th or en', 'th')
    .option('--allow-private', 'allow private and loopback addresses (local test sites)')
    .option('--no-documents', "don't read the PDFs a fetched page links to")
    .action(async (target: string, opts: { framework: string; item?: string; json?: boolean; lang: string; allowPrivate?: boolean; documents: boolean }) => {
      result.code = await (await load.check()).checkCommand(target, { ...opts, lang: lang(opts.lang) });
    });
  cmd
    .command('audit')
    .description("audit an agency's website from its home page: find the OIT index, check every linked page and document")
    .argument('<url>', "the agency's home page")
    .option('--framework <id>', 'framework', 'nacc-ita-2564')
    .option('--json', 'print JSON')
    .option('--lang <lang>', 'th or en', 'th')
    .option('--allow-private', 'allow private and loopback addresses (local test sites)')
    .option('--no-progress', 'no progress bar')
    .action(async (url: string, opts: { framework: string; json?: boolean; lang: string; allowPrivate?: boolean; progress: boolean }) => {
      result.code = await (await load.audit()).auditCommand(url, { ...opts, lang: lang(opts.lang), ...(opts.progress ? {} : { progress: false }) });
    });
  cmd
    .command('report')
    .description("the agency's analysis report from an assessment file: md, html, json, or xlsx/csv with --out")
    .argument('<file>', 'assessment JSON file, or - for standard input')
    .option('--format <format>', 'md, html, json, xlsx or csv', 'md')
    .option('--out <path>', 'write to this file (csv: this directory, one file per sheet)')
    .option('--previous <file>', "the previous year's assessment file or result, for the comparison")
    .option('--lang <lang>', 'th or en', 'th')
    .option('--no-embed-font', 'HTML: do not embed the Sarabun font (smaller file; Thai then needs a Thai font installed)')
    .action(async (file: string, opts: { format: string; out?: string; previous?: string; lang: string; embedFont: boolean }) => {
      result.code = await (await load.report()).reportCommand(file, { ...opts, lang: lang(opts.lang) });
    });
  cmd
    .command('serve')
    .description('run the API and the web UI (PORT, DATABASE_URL or DATA_DIR, …); an empty database gets the demo data')
    .option('--port <port>', 'port (default PORT or 4000)')
    .action(async (opts: { port?: string }) => {
      result.code = await (await load.serve()).serveCommand(opts);
    });
  cmd
    .command('seed')
    .description('load Bueng Kan FY2564 from the seed file, the demo agencies and evidence, and a demo token per role')
    .option('--agencies <n>', 'demo agencies besides Bueng Kan', '48')
    .option('--no-evidence', 'no demo evidence or reviews')
    .option('--no-tokens', 'no demo tokens')
    .option('--queue <n>', 'extra pending evidence for a long review queue', '0')
    .option('--json', 'print JSON')
    .action(async (opts: { agencies?: string; evidence: boolean; tokens: boolean; queue?: string; json?: boolean }) => {
      result.code = await (await load.seed()).seedCommand(opts);
    });
  cmd
    .command('verify')
    .description('walk the hash-chained audit log and every captured page; exit 1 on tampering')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      result.code = await (await load.verify()).verifyCommand(opts);
    });
  const token = cmd.command('token').description('API tokens');
  token
    .command('create')
    .description('create a token and print its secret (once)')
    .requiredOption('--role <role>', 'reader, auditor, reviewer or admin')
    .requiredOption('--name <name>', 'the person or system it is for')
    .option('--label <label>', 'what it is for')
    .option('--agency <slug...>', 'limit it to these agencies')
    .option('--expires <date>', 'expiry date')
    .option('--json', 'print JSON')
    .action(async (opts: { role: string; name: string; label?: string; agency?: string[]; expires?: string; json?: boolean }) => {
      result.code = await (await load.token()).tokenCreateCommand(opts);
    });
  token
    .command('list')
    .description('list tokens (not their secrets)')
    .option('--all', 'include revoked tokens')
    .option('--json', 'print JSON')
    .action(async (opts: { all?: boolean; json?: boolean }) => {
      result.code = await (await load.token()).tokenListCommand(opts);
    });
  token
    .command('revoke')
    .description('revoke a token by id')
    .argument('<id>', 'token id')
    .action(async (id: string) => {
      result.code = await (await load.token()).tokenRevokeCommand(id);
    });
  return { cmd, result };
}

export async function main(argv: string[]): Promise<number> {
  const { cmd, result } = program();
  try {
    await cmd.parseAsync(argv, { from: 'user' });
    return result.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; anything else commander rejects is a usage error.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof UsageError) {
      err(`openita: ${e.message}`);
      return EXIT.usage;
    }
    if (e instanceof InvalidInputError) {
      err(`openita: ${e.message}`);
      return EXIT.invalid;
    }
    throw e;
  }
}
