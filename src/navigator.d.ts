// What browsers add to Navigator that TypeScript's DOM types lack, declared once for every build
// (listed in tsconfig.types.json and tsconfig.node.json, which do not include every file).
interface Navigator {
  /** Global Privacy Control (https://privacycg.github.io/gpc-spec/): the visitor's browser asks sites not to sell or share their data. */
  globalPrivacyControl?: boolean;
}
