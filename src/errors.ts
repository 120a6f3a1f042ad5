/** Input the tool cannot read or a call it cannot carry out: one line, exit code 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly exitCode = 2;
}

/** A write to an output stream failed (stdout on a full disk; EPIPE: its reader went away). */
export class StreamWriteError extends Error {
  override readonly name = 'StreamWriteError';
  readonly code: string | undefined;
  constructor(override readonly cause: unknown) {
    super((cause as Error | undefined)?.message ?? String(cause));
    this.code = (cause as NodeJS.ErrnoException | undefined)?.code;
  }
}
