import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The import boundaries of biome.json, checked on a tiny fake tree: the project's own biome.json, run by the
// installed Biome over files that import across the layers. `npm run lint` runs the same rules over src/.
const root = fileURLToPath(new URL('..', import.meta.url));
const biome = join(root, 'node_modules', '.bin', 'biome');

const TREE: Record<string, string> = {
  // The pure core imports nothing above it, no files, no process, no Slack.
  'src/report/up-to-answers.ts':
    "import { buildAnswerDeps } from '../answers/index.js';\nexport const x = [buildAnswerDeps];\n",
  'src/search/rank/reads-files.ts': "import { readFileSync } from 'node:fs';\nexport const x = [readFileSync];\n",
  'src/search/query/reads-env.ts': 'export const x = [process.env.DATA_DIR];\n',
  'src/search/index/knows-slack.ts': "import type { KnownBlock } from '@slack/types';\nexport type X = KnownBlock;\n",
  'src/search/results/loads-corpus.ts':
    "import { loadCorpus } from '../../corpus/load-corpus.js';\nexport const x = [loadCorpus];\n",
  'src/search/results/within-core.ts':
    "import type { Report } from '../../report/types.js';\nimport { buildIndex } from '../index/build-index.js';\nexport const x = [buildIndex];\nexport type X = Report;\n",
  // A test of the core may read its fixtures.
  'src/search/reads-fixtures.test.ts': "import { readFileSync } from 'node:fs';\nexport const x = [readFileSync];\n",
  // answers/ is below every front end.
  'src/answers/up-to-slack.ts': "import { createApp } from '../slack/app.js';\nexport const x = [createApp];\n",
  'src/answers/down-to-search.ts': "import { search } from '../search/index.js';\nexport const x = [search];\n",
  // A front end never imports another front end; each may use answers/.
  'src/slack/to-console.ts':
    "import { runConsole } from '../console/run-console.js';\nexport const x = [runConsole];\n",
  'src/slack/listeners/to-answers.ts':
    "import { answerMention } from '../../answers/index.js';\nexport const x = [answerMention];\n",
  'src/console/to-slack.ts':
    "import { renderUnknownCommand } from '../slack/render-unknown-command.js';\nexport const x = [renderUnknownCommand];\n",
  'src/cli/to-console.ts': "import { runConsole } from '../console/run-console.js';\nexport const x = [runConsole];\n",
  // The composition root wires everything.
  'src/main.ts':
    "import { buildAnswerDeps } from './answers/index.js';\nimport { runConsole } from './console/run-console.js';\nimport { createApp } from './slack/app.js';\nexport const x = [buildAnswerDeps, runConsole, createApp];\n",
};

interface Diagnostic {
  category: string;
  location: { path: string };
}

let tree = '';
let diagnostics: Diagnostic[] = [];

beforeAll(async () => {
  tree = mkdtempSync(join(tmpdir(), 'reportdesk-boundaries-'));
  cpSync(join(root, 'biome.json'), join(tree, 'biome.json'));
  for (const [path, text] of Object.entries(TREE)) {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), text);
  }
  // Biome exits 1 when it finds errors: that is the result we read, not a failure of the run.
  const output = await promisify(execFile)(biome, ['lint', '--vcs-enabled=false', '--reporter=json', 'src'], {
    cwd: tree,
  }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
  diagnostics = (JSON.parse(output.stdout) as { diagnostics: Diagnostic[] }).diagnostics;
});

afterAll(() => {
  rmSync(tree, { recursive: true, force: true });
});

describe('the import boundaries (biome.json)', () => {
  it('fail exactly the imports that point up or across the layers', () => {
    const found = diagnostics.map((d) => `${d.location.path} ${d.category}`).sort();
    expect(found).toEqual([
      'src/answers/up-to-slack.ts lint/style/noRestrictedImports',
      'src/cli/to-console.ts lint/style/noRestrictedImports',
      'src/console/to-slack.ts lint/style/noRestrictedImports',
      'src/report/up-to-answers.ts lint/style/noRestrictedImports',
      'src/search/index/knows-slack.ts lint/style/noRestrictedImports',
      'src/search/query/reads-env.ts lint/style/noRestrictedGlobals',
      'src/search/rank/reads-files.ts lint/style/noRestrictedImports',
      'src/search/results/loads-corpus.ts lint/style/noRestrictedImports',
      'src/slack/to-console.ts lint/style/noRestrictedImports',
    ]);
  });
});
