/** Every message the corpus loader gives about a file or folder: what is wrong and what to do. */
export const NO_TEXT_FILES = (dir: string) =>
  `no .txt files in ${dir}: add a chapter of Country Reports on Terrorism as a .txt file`;
export const FOLDER_NOT_FOUND = (dir: string) =>
  `the folder ${dir} does not exist: create it and add chapters as .txt files, or set DATA_DIR (or --data) to the folder that holds them`;
export const NOT_A_FOLDER = (dir: string) =>
  `${dir} is a file, not a folder: set DATA_DIR (or --data) to the folder that holds the chapters`;
export const NOT_A_FILE = 'not a file';
export const FILE_TOO_LARGE = (megabytes: number) => `file is ${megabytes} MB, too large for one chapter`;
export const FILE_NOT_FOUND = 'file not found';
export const PERMISSION_DENIED = 'permission denied: the file cannot be read';
export const IS_A_FOLDER = 'is a folder, not a file';
export const DUPLICATE_CHAPTER = (dropped: string, kept: string, chapter: string) =>
  `${dropped} is another copy of ${chapter}, already loaded from ${kept} (the richer copy): not loaded again`;
