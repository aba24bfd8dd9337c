/** What building a file gives: its bytes and, for a picture, what it shows in words (Slack's `alt_text`). */
export interface BuiltFile {
  bytes: Buffer;
  altText: string | null;
}

/**
 * A file an answer carries (a PNG picture, a CSV or JSON export): Slack uploads it, the console writes it. It is built
 * only when delivered, so the canvas, chart and map libraries load at the first picture, not with every answer.
 */
export interface AnswerFile {
  fileName: string;
  /** The title Slack shows above the file. */
  title: string;
  mimeType: 'image/png' | 'text/csv' | 'application/json';
  build(): Promise<BuiltFile>;
}
