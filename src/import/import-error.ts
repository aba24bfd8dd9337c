/** Why a source could not be imported: the code for programs, the message for people. */
export type ImportErrorCode =
  | 'not_found'
  | 'forbidden'
  | 'http'
  | 'busy'
  | 'timeout'
  | 'network'
  | 'unreadable'
  | 'no_chapters';

/** A source that gave no chapter; the other sources of the same run still import. */
export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message);
  }
}
