/**
 * An import that cannot go on: the command prints the message, says nothing
 * was written, and exits with `exitCode`: 2 when what it was given is wrong
 * (a folder, a missing file, a file that is not an export), 1 otherwise.
 */
export class ImportError extends Error {
  readonly exitCode: 1 | 2;
  constructor(message: string, exitCode: 1 | 2 = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}
