// Helpers for the UI elements' tests: the categories a site shows, the words a visitor reads
// in each language, and ways to see where focus is through shadow roots.
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { readPresentation, type CategoryDetails } from '../../src/ui/presentation.js';
import { checkedConfig, siteInput } from './config.js';

/** The site of test/support/config.ts as the UI shows it: necessary, analytics (ga), marketing (youtube, meta). */
export function siteCategories(input: unknown = siteInput): CategoryDetails[] {
  return readPresentation(checkedConfig(input)).presentation.categories;
}

/** A site whose services list their cookies, with lifetimes that need each plural form. */
export const cookieSiteInput = {
  revision: 1,
  categories: {
    necessary: { required: true, services: { login: { label: 'Login', cookies: [{ name: 'sid', lifetime: 'session' }] } } },
    analytics: {
      services: {
        ga: {
          label: 'Google Analytics',
          provider: 'Google Ireland Ltd',
          cookies: [{ name: '_ga', lifetime: 730, description: { en: 'Tells visitors apart', sv: 'Skiljer besökare åt' } }, { name: '_gid', lifetime: 1 }],
        },
      },
    },
    marketing: {
      services: {
        youtube: { label: 'YouTube', cookies: [{ name: 'VISITOR_INFO1_LIVE', lifetime: 395 }] },
        meta: { label: 'Meta Pixel', cookies: [{ name: '_fbp', lifetime: 365 }] },
      },
    },
  },
};

/** What a visitor reads, per language, written out rather than read from the locale files. */
export const WORDS = {
  en: {
    bannerTitle: 'Cookies on this site',
    purposes: 'statistics and marketing',
    threePurposes: 'remembering your settings, statistics and marketing',
    necessaryOnly: 'We only use cookies that the site needs in order to work.',
    notice: 'Read our privacy notice',
    rights: 'Cookies and your rights',
    acceptAll: 'Accept all',
    rejectAll: 'Reject all',
    customize: 'Customise',
    language: 'Language',
    preferencesTitle: 'Cookie settings',
    close: 'Close without saving',
    save: 'Save choices',
    alwaysOn: 'Always on',
    categories: ['Necessary', 'Statistics', 'Marketing'],
    analyticsDescription: 'understand how visitors use the site',
    oneService: '1 service',
    twoServices: '2 services',
    provider: 'Provider: Google Ireland Ltd',
    cookieHeaders: ['Name', 'Lifetime', 'Purpose'],
    lifetimes: { sid: 'Until you close the browser', _ga: '2 years', _gid: '1 day', VISITOR_INFO1_LIVE: '13 months', _fbp: '1 year' },
    gaPurpose: 'Tells visitors apart',
  },
  sv: {
    bannerTitle: 'Cookies på webbplatsen',
    purposes: 'statistik och marknadsföring',
    threePurposes: 'att komma ihåg dina inställningar, statistik och marknadsföring',
    necessaryOnly: 'Vi använder bara cookies som webbplatsen behöver för att fungera.',
    notice: 'Läs vår integritetspolicy',
    rights: 'Cookies och dina rättigheter',
    acceptAll: 'Godkänn alla',
    rejectAll: 'Neka alla',
    customize: 'Anpassa',
    language: 'Språk',
    preferencesTitle: 'Cookieinställningar',
    close: 'Stäng utan att spara',
    save: 'Spara val',
    alwaysOn: 'Alltid på',
    categories: ['Nödvändiga', 'Statistik', 'Marknadsföring'],
    analyticsDescription: 'förstå hur besökare använder webbplatsen',
    oneService: '1 tjänst',
    twoServices: '2 tjänster',
    provider: 'Leverantör: Google Ireland Ltd',
    cookieHeaders: ['Namn', 'Livslängd', 'Syfte'],
    lifetimes: { sid: 'Tills du stänger webbläsaren', _ga: '2 år', _gid: '1 dag', VISITOR_INFO1_LIVE: '13 månader', _fbp: '1 år' },
    gaPurpose: 'Skiljer besökare åt',
  },
} as const;

export type Language = keyof typeof WORDS;
export const LANGUAGES = Object.keys(WORDS) as Language[];
export const THEMES = ['light', 'dark'] as const;

/** The one element in `host`'s shadow root that matches, or a failure naming what is missing. */
export function part<T extends Element = HTMLElement>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`<${host.localName}> shows no ${selector}`);
  return found;
}

export function parts<T extends Element = HTMLElement>(host: Element, selector: string): T[] {
  return [...(host.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** The text a person reads in an element, with runs of white space as one space. */
export const textOf = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The element that has focus, looking inside shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses a key the way a person does (through the browser, not a synthetic event). */
export const press = (key: string): Promise<void> => sendKeys({ press: key });

/** Clicks the middle of the element with the mouse, as a person does (focusing it, as browsers do). */
export async function clickOn(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

/** Presses Tab `times` times and returns what had focus after each press. */
export async function tabThrough(times: number): Promise<Array<Element | null>> {
  const reached: Array<Element | null> = [];
  for (let i = 0; i < times; i++) {
    await press('Tab');
    reached.push(focused());
  }
  return reached;
}

/** Whether a person can see the element at all (it has a box on the page). */
export const isShown = (element: Element): boolean => element.isConnected && element.getClientRects().length > 0;

/**
 * Resolves once the element's entrance animations have finished. Until then its text is
 * partly transparent, and axe files colour contrast under "needs review" instead of checking it.
 */
export async function settled(host: Element): Promise<void> {
  await Promise.all((host.shadowRoot?.getAnimations() ?? []).map((animation) => animation.finished));
}

/** How a person would name a control when listening to it: `button "Accept all"`. */
export function described(element: Element | null): string {
  if (!element) return 'nothing';
  const labels = 'labels' in element ? [...((element as HTMLInputElement).labels ?? [])] : [];
  const name = labels.length ? labels.map(textOf).join(' ') : element.getAttribute('aria-label') ?? textOf(element);
  const role = element.getAttribute('role') ?? element.localName;
  return `${role} "${name}"`;
}

/** What makes a control stand out: its colours, border, type and size on screen. */
export function looks(element: Element) {
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return {
    background: style.backgroundColor,
    colour: style.color,
    border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`,
    fontWeight: style.fontWeight,
    fontSize: style.fontSize,
    width: Math.round(box.width),
    height: Math.round(box.height),
  };
}
