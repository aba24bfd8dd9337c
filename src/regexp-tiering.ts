/**
 * Has V8 compile each regular expression to machine code on its first run instead of interpreting it first.
 *
 * The incident reader runs a few hundred large patterns (some compile to 47 KB of bytecode) once or twice per
 * sentence. With V8's default tier-up, a pattern is interpreted until it has run once, and the interpreter is slow on
 * patterns this size: the first parse of the seed chapter took 1,100 ms, of which about 700 ms was interpretation.
 * Measured with built JavaScript on this 2-core machine: seed chapter first parse 1,100 → 380 ms, then a median of
 * 7.9 → 5.7 ms; 1,500 synthetic chapters 9.9–11.1 → 9.3–9.4 s. No result changes, only how a pattern runs.
 *
 * Imported first by each entry point (`src/start.ts`, `src/cli/start.ts`, `bench/parse-bench.ts`): V8's flags belong to
 * the process, so the parse workers' threads run the same way. (Not by vitest's setup: its fork workers exit when a
 * setup file sets a flag; the tests do not need it.)
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
