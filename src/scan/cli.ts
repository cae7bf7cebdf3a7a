// The `samtycke` command (package.json "bin"): `samtycke scan <url> …`. Everything is in main.ts.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
