// @ts-check
// The database drivers are optional peer dependencies: someone who installs samtycke for the
// widget alone never downloads or builds one. The receiver loads the one its database needs
// when it starts, and says which package to install when it is missing.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** What to install for each driver (better-sqlite3 13 needs Node 22; 12 works from Node 20). */
export const DRIVERS = {
  'better-sqlite3': { install: 'better-sqlite3@12', for: 'SQLite' },
  pg: { install: 'pg', for: 'PostgreSQL' },
};

/**
 * Loads a driver, or throws an error whose message says what to install.
 * @param {keyof typeof DRIVERS} name
 * @param {(name: string) => Promise<any>} load how to load it (tests pass one that fails)
 * @returns {Promise<any>} the module's default export (both drivers are CommonJS)
 */
export async function loadDriver(name, load = (module) => import(module)) {
  let loaded;
  try {
    loaded = await load(name);
  } catch (cause) {
    const error = /** @type {NodeJS.ErrnoException} */ (cause);
    if (error?.code === 'ERR_MODULE_NOT_FOUND' || error?.code === 'MODULE_NOT_FOUND') {
      throw new Error(
        `The receiver needs the package "${name}" to use ${DRIVERS[name].for}, and it is not installed (samtycke leaves database drivers out for sites that use only the widget). Install it beside samtycke: npm install ${DRIVERS[name].install}`,
        { cause },
      );
    }
    throw cause;
  }
  return loaded.default ?? loaded;
}

/**
 * Refuses a better-sqlite3 that would crash this Node (13 and later need Node 22): a clear
 * message instead of a segmentation fault.
 * @param {string} nodeVersion process.versions.node
 * @param {(specifier: string) => string} resolve require.resolve
 */
export function checkSqliteVersion(nodeVersion = process.versions.node, resolve = require.resolve) {
  let version;
  try {
    version = require(resolve('better-sqlite3/package.json')).version;
  } catch {
    return; // Not installed: loadDriver says so.
  }
  const major = Number(String(version).split('.')[0]);
  if (major >= 13 && Number(nodeVersion.split('.')[0]) < 22) {
    throw new Error(`better-sqlite3 ${version} needs Node 22 or later, and this is Node ${nodeVersion}. Install version 12 instead: npm install better-sqlite3@12`);
  }
}
