/** A file an answer carries (a PNG picture, a CSV or JSON export): Slack uploads it, the console writes it. */
export interface AnswerFile {
  fileName: string;
  /** The title Slack shows above the file. */
  title: string;
  bytes: Buffer;
  mimeType: 'image/png' | 'text/csv' | 'application/json';
  /** What a picture shows, in words (Slack's `alt_text`); null for data files. */
  altText: string | null;
}
