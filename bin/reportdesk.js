#!/usr/bin/env node
// Runs the TypeScript command line through tsx, so `npx reportdesk …` works right after `npm install`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/start.ts');
