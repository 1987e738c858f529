#!/usr/bin/env node
// The installed command: runs the compiled CLI (built by `npm install` through `prepare`).
import { main } from '../dist/cli/index.js';

await main(process.argv);
