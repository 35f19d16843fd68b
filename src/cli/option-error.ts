// node:util parseArgs says what is wrong with the options in English; the CLI says it in Russian,
// naming the option as it was typed. Anything parseArgs may add later falls back to a Russian line too.

/** The option or argument the message quotes first ('--format', '-z', 'a'), without "<value>". */
function quoted(message: string): string {
  const m = /'([^']*)'/.exec(message);
  return m ? m[1].replace(/\s*<value>$/, '') : '';
}

/** A Russian line for a parseArgs error (code ERR_PARSE_ARGS_…). */
export function russianOptionError(error: { code?: string; message: string }): string {
  const name = quoted(error.message);
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `неизвестный параметр «${name}»`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `лишний аргумент «${name}»: команда не принимает файлов или слов без параметра`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/.test(error.message)) return `параметр «${name}» не принимает значения`;
      if (/ambiguous/.test(error.message)) return `параметр «${name}»: значение начинается с «-»; если так и нужно, запишите ${name.split(', ').at(-1)}=ЗНАЧЕНИЕ`;
      return `у параметра «${name}» нет значения`;
    default:
      return `параметры команды не разобраны${name ? ` («${name}»)` : ''}`;
  }
}
