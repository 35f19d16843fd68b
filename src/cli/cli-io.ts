// What a command needs from the process, so that tests run commands in-process.
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Environment variables (process.env in the real CLI). */
  env: Readonly<Record<string, string | undefined>>;
}

/** A failure the user can act on: printed as one line on stderr, no stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = 2,
  ) {
    super(message);
  }
}

export type Command = (args: string[], io: CliIo) => Promise<number>;
