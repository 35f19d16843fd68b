// Every command reads its options the same way: node:util parseArgs, and a mistake in them is one
// line in Russian saying what was wrong, followed by the command's help (all on stderr).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-io';
import { russianOptionError } from './option-error';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

export function parseCommandOptions<O extends ParseArgsOptionsConfig>(args: string[], options: O, help: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`${russianOptionError(error as Error & { code?: string })}\n${help}`);
  }
}

/** The one workbook file a command works on. */
export function oneFile(positionals: string[], help: string): string {
  if (positionals.length !== 1) throw new CliError(`укажите один файл .xlsx\n${help}`);
  return positionals[0];
}
