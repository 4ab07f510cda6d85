/** An import that cannot go on: the command prints the message, says nothing was written, and exits 1. */
export class ImportError extends Error {}
