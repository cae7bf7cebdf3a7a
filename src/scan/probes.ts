// Code that runs inside the scanned page (Playwright serialises each function: each must
// stand alone, using nothing from this module's scope).

/** The binding the instrumentation reports writes through (see `instrument`). */
export const BINDING = '__samtyckeScanWrite';

/** A write the instrumentation saw: a cookie or storage key, and the addresses on the stack. */
export interface Write {
  area: 'cookie' | 'localStorage' | 'sessionStorage';
  name: string;
  /** Script addresses on the writer's stack, innermost first. */
  stack: string[];
  page: string;
}

/**
 * Installed before any of the page's scripts: reports every cookie written through
 * document.cookie and every storage key set, with the addresses of the scripts on the stack,
 * so that the report can say which script set it. Deletions are not reported.
 */
export function instrument(binding: string): void {
  const report = (area: string, name: string): void => {
    const stack = (new Error().stack ?? '').match(/(https?:\/\/[^\s)]+?)(?::\d+){1,2}\)?$/gm) ?? [];
    try {
      (window as unknown as Record<string, (write: unknown) => void>)[binding]!({
        area,
        name,
        stack: stack.map((line) => line.replace(/(?::\d+){1,2}\)?$/, '')),
        page: location.href,
      });
    } catch {
      // The binding is gone with a closing page: nothing to record.
    }
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie?.get && cookie.set) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: true,
      get() {
        return cookie.get!.call(this);
      },
      set(value: string) {
        const text = String(value);
        if (!/;\s*(max-age=(0|-)|expires=thu, 01 jan 1970)/i.test(text)) report('cookie', text.slice(0, text.indexOf('=')).trim());
        cookie.set!.call(this, value);
      },
    });
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    report(this === window.sessionStorage ? 'sessionStorage' : 'localStorage', String(key));
    return setItem.call(this, key, value);
  };
}

export interface PageFacts {
  /** The samtycke config as written (window.samtyckeConfig or the JSON script), null without one. */
  config: Record<string, unknown> | null;
  samtycke: boolean;
  /** Another consent tool the page has, by name. */
  otherTool: string | null;
  /** Each [data-consent] element: its key, the addresses it names, an inline script's text. */
  gated: Array<{ key: string; addresses: string[]; script: string }>;
  links: string[];
}

/** What the page says about itself: its config, consent tool, gated elements and links. */
export function pageFacts(): PageFacts {
  const win = window as unknown as Record<string, unknown>;
  let config: Record<string, unknown> | null;
  try {
    const source = win.samtyckeConfig ?? JSON.parse(document.getElementById('samtycke-config')?.textContent ?? 'null');
    // Through JSON: what a config can carry (a transport function cannot be read here).
    config = source && typeof source === 'object' ? JSON.parse(JSON.stringify(source)) : null;
  } catch {
    config = null;
  }
  const others: Array<[string, string]> = [
    ['Cookiebot', 'Cookiebot'],
    ['OneTrust', 'OneTrust'],
    ['Didomi', 'Didomi'],
    ['UC_UI', 'Usercentrics'],
    ['CookieYes', 'CookieYes'],
    ['getCkyConsent', 'CookieYes'],
    ['klaro', 'Klaro'],
    ['CookieConsent', 'cookieconsent'],
    ['cookieconsent', 'cookieconsent'],
    ['_iub', 'iubenda'],
    ['__tcfapi', 'a TCF consent tool'],
  ];
  const other = others.find(([name]) => win[name] !== undefined);
  return {
    config,
    samtycke: win.samtycke !== undefined,
    otherTool: other ? other[1] : null,
    gated: [...document.querySelectorAll('[data-consent]')].map((element) => ({
      key: (element.getAttribute('data-consent') ?? '').trim(),
      addresses: [element, ...element.querySelectorAll('[data-src]')].flatMap((target) => {
        const address = target.getAttribute('data-src') ?? target.getAttribute('src');
        return address ? [new URL(address, document.baseURI).href] : [];
      }),
      script: element instanceof HTMLScriptElement && !element.hasAttribute('src') ? element.text : '',
    })),
    links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((link) => link.href),
  };
}

/** The page's origin's storage: localStorage and sessionStorage keys, IndexedDB databases. */
export async function storageFacts(): Promise<{ origin: string; localStorage: string[]; sessionStorage: string[]; indexedDB: string[] }> {
  const keys = (area: () => Storage): string[] => {
    try {
      return Object.keys(area());
    } catch {
      return [];
    }
  };
  let databases: string[];
  try {
    databases = (await indexedDB.databases()).flatMap((database) => (database.name ? [database.name] : []));
  } catch {
    databases = [];
  }
  return { origin: location.origin, localStorage: keys(() => localStorage), sessionStorage: keys(() => sessionStorage), indexedDB: databases };
}

/** How a button is drawn: what "alike" is judged by. */
export function buttonLook(element: Element): { text: string; width: number; height: number; fontSize: number; fontWeight: number; color: string; background: string } {
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  return {
    text: (element.textContent ?? '').trim().replace(/\s+/g, ' '),
    width: Math.round(box.width),
    height: Math.round(box.height),
    fontSize: parseFloat(style.fontSize),
    fontWeight: Number(style.fontWeight) || 400,
    color: style.color,
    background: style.backgroundColor,
  };
}
