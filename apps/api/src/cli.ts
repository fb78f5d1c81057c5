/** The openita command line. main() returns the exit code: 0 done, 1 invalid input, 2 usage error. */
import { Command, CommanderError } from 'commander';
import { EXIT, err, InvalidInputError, UsageError } from './cli/io.js';
import { auditCommand } from './cli/audit.js';
import { checkCommand } from './cli/check.js';
import { scoreCommand } from './cli/score.js';

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
      result.code = await scoreCommand(file, { json: opts.json ?? false, lang: lang(opts.lang) });
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
      result.code = await checkCommand(target, { ...opts, lang: lang(opts.lang) });
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
      result.code = await auditCommand(url, { ...opts, lang: lang(opts.lang), ...(opts.progress ? {} : { progress: false }) });
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
