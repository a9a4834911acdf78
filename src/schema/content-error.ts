/** A mistake in a user's content: names the file and line, and what was expected. */
export class ContentError extends Error {
  override name = 'ContentError';
  readonly file: string;
  readonly line: number | undefined;
  constructor(file: string, line: number | undefined, message: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${message}`);
    this.file = file;
    this.line = line;
  }
}

/** Several content mistakes at once, so a user can fix them in one go. */
export class ContentErrors extends Error {
  override name = 'ContentErrors';
  readonly errors: readonly ContentError[];
  constructor(errors: readonly ContentError[]) {
    super(errors.map((error) => error.message).join('\n'));
    this.errors = errors;
  }
}

/** Adds a content mistake, or several, to `into`; anything else is a bug and is thrown again. */
export function collectContentError(error: unknown, into: ContentError[]): void {
  if (error instanceof ContentErrors) into.push(...error.errors);
  else if (error instanceof ContentError) into.push(error);
  else throw error;
}
