/** Every message the corpus loader gives about a file or folder: what is wrong and what to do. */
export const NO_TEXT_FILES = (dir: string) =>
  `no .txt files in ${dir}: add a chapter of Country Reports on Terrorism as a .txt file`;
export const FOLDER_NOT_FOUND = (dir: string) =>
  `the folder ${dir} does not exist: create it and add chapters as .txt files, or set DATA_DIR (or --data) to the folder that holds them`;
export const NOT_A_FOLDER = (dir: string) =>
  `${dir} is a file, not a folder: set DATA_DIR (or --data) to the folder that holds the chapters`;
export const NOT_A_FILE = 'not a file';
export const FILE_NOT_FOUND = 'file not found';
export const PERMISSION_DENIED = 'permission denied: the file cannot be read';
export const IS_A_FOLDER = 'is a folder, not a file';
export const FILE_REFUSED_TOO_LARGE = (megabytes: number, limit: number) =>
  `file is ${megabytes} MB, over the ${limit} MB limit for one chapter: not read (split it into chapters, or remove it)`;
export const PARSE_TIMED_OUT = (seconds: number) =>
  `parsing stopped after ${seconds} s, far longer than a file of this size needs: the file was skipped (check it is a chapter of the report, not repeated or generated text)`;
export const PARSE_WORKER_FAILED = (reason: string) =>
  `the parser failed on this file (${reason}): the file was skipped`;
export const CACHE_CORRUPT = (file: string, reason: string) =>
  `the index cache ${file} cannot be used (${reason}): rebuilding it from the chapters`;
export const CACHE_FOREIGN = (file: string) =>
  `the index cache ${file} was written by another version of reportdesk: rebuilding it from the chapters`;
export const CACHE_NOT_WRITTEN = (file: string, reason: string) =>
  `could not write the index cache ${file} (${reason}): the next start parses every chapter again`;
export const DUPLICATE_CHAPTER = (dropped: string, kept: string, chapter: string) =>
  `${dropped} is another copy of ${chapter}, already loaded from ${kept} (the richer copy): not loaded again`;
