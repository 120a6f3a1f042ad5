/** Input the tool cannot read or a call it cannot carry out: one line, exit code 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly exitCode = 2;
}
