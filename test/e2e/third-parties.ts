// The third parties a real site embeds, answered locally: these tests must never reach them,
// and must see every request that would have left for them.
import type { Page, Request } from '@playwright/test';

export const THIRD_PARTY_HOSTS = [
  'www.googletagmanager.com',
  'www.google-analytics.com',
  'region1.google-analytics.com',
  'www.youtube-nocookie.com',
  'www.youtube.com',
  'www.google.com',
  'maps.googleapis.com',
  'connect.facebook.net',
  'www.facebook.com',
];

const stubs: Record<string, { type: string; body: string }> = {
  'www.googletagmanager.com': { type: 'text/javascript', body: "window.thirdParty = (window.thirdParty || []).concat('googletagmanager');" },
  'connect.facebook.net': { type: 'text/javascript', body: "window.thirdParty = (window.thirdParty || []).concat('facebook');" },
};

/** Answers every request to a third-party host locally; returns the list of those requests. */
export async function interceptThirdParties(page: Page): Promise<Request[]> {
  const requests: Request[] = [];
  await page.route(
    (url) => THIRD_PARTY_HOSTS.includes(url.hostname),
    async (route) => {
      const host = new URL(route.request().url()).hostname;
      requests.push(route.request());
      const stub = stubs[host] ?? { type: 'text/html', body: `<!doctype html><title>${host}</title><p>Stand-in for ${host}</p>` };
      await route.fulfill({ status: 200, contentType: stub.type, body: stub.body });
    },
  );
  return requests;
}

/** The hosts a list of requests went to, each once, sorted. */
export const hostsOf = (requests: Request[]): string[] => [...new Set(requests.map((request) => new URL(request.url()).hostname))].sort();
