// What browsers add to Navigator that TypeScript's DOM types lack, for every build (the loader's
// types build, tsconfig.types.json, does not reach engine/index.ts, which declares it too).
interface Navigator {
  /** Global Privacy Control: the visitor's browser asks sites not to sell or share their data. */
  globalPrivacyControl?: boolean;
}
