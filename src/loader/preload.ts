// How the classic loader fetches a lazy stage: import() from the loader's own directory, and
// at the same moment <link rel="modulepreload"> hints for the files the stage will ask for as
// soon as it runs: the chunks it imports statically and, for the UI, the texts of the
// visitor's language and of the fallback language. Without the hints a first visit waits one
// network round trip per step (loader, then UI, then its shared chunk, then its texts); with
// them everything after the loader downloads at once. See bench/README.md for the trace.
// Every byte here is paid on every page, so it stays this small (a duplicate hint is harmless).
import { stageImports } from '@samtycke-build/preloads';

/** `name`: a stage's chunk name ("ui" for samtycke-ui.js); `alsoNeeds`: more chunk names to hint. */
export type StageFetch = <T>(name: string, alsoNeeds?: () => string) => () => Promise<T>;

/** Fetches stages next to `base`; the hints carry the loader's nonce, as a CSP would require. */
export const stagesFrom = (base: string, nonce = ''): StageFetch => {
  const url = (name: string): string => new URL(`samtycke-${name}.js`, base).href;
  return (name, alsoNeeds = () => '') =>
    () => {
      for (const needed of `${stageImports[name] ?? ''} ${alsoNeeds()}`.split(' ')) {
        if (!needed) continue;
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.href = url(needed);
        link.nonce = nonce;
        // A page's script may have removed <head>: then there are no hints, only the import.
        document.head?.append(link);
      }
      return import(/* @vite-ignore */ url(name));
    };
};
