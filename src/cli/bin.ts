// Entry point when running from source (tests, development): `node --import tsx src/cli/bin.ts …`.
import { main } from './index.js';

await main(process.argv);
