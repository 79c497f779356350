#!/usr/bin/env node
// Launcher for the `credential-roster` command: lets Node load the TypeScript sources directly,
// so the command works straight after `npm ci` with no build step.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
