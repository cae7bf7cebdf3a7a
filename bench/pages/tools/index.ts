// The tools the bench compares, each embedded on the same page the way its own documentation
// says, with the same three categories (necessary, analytics, marketing) where the tool has
// categories, the same English texts (../texts.ts), "Accept all" on the accept button, and
// the same gated analytics script (/assets/analytics.js) held back in the tool's own gating
// style. Files a tool needs besides its package (its config) are generated from the same
// texts, so that they cannot drift apart. bench/README.md says how each is embedded.
import { klaro } from './klaro.js';
import { osanoCookieconsent } from './osano-cookieconsent.js';
import { samtycke } from './samtycke.js';
import { staticBanner } from './static.js';
import { tarteaucitron } from './tarteaucitron.js';
import type { Tool } from './tool.js';
import { vanillaCookieconsent } from './vanilla-cookieconsent.js';

export type { Tool, ToolId } from './tool.js';

/** The tools in report order; with `baselineDist`, also samtycke built elsewhere, to compare before and after. */
export function tools(baselineDist?: string): Tool[] {
  return [
    staticBanner(),
    samtycke(),
    ...(baselineDist ? [samtycke('samtycke-baseline', baselineDist)] : []),
    vanillaCookieconsent(),
    osanoCookieconsent(),
    klaro(),
    tarteaucitron(),
  ];
}

/** The tools samtycke is compared with: every scripted one but samtycke's own builds. */
export const isPeer = (tool: Pick<Tool, 'id' | 'scripted'>): boolean => tool.scripted && !tool.id.startsWith('samtycke');
