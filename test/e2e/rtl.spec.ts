// A right-to-left page (<html lang="ar" dir="rtl">) with the widget in English: the widget
// takes its direction from its own language (locales/en/consent.json: language.dir), so its
// English sentences run left to right and end at the right, whatever the page's direction.
import { expect, test, type Page } from '@playwright/test';
import { banner } from './support.js';

/** The direction an element of a samtycke element is laid out in, and whether its last character (a full stop) is drawn at the line's right end. */
function sentenceIn(page: Page, host: string, selector: string) {
  return page.evaluate(
    ([host, selector]) => {
      const element = document.querySelector(host)!.shadowRoot!.querySelector(selector)!;
      const text = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()).at(-1)!;
      const end = text.textContent!.trimEnd().length;
      const at = (index: number) => {
        const range = document.createRange();
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        return range.getBoundingClientRect();
      };
      return {
        dir: (document.querySelector(host) as HTMLElement).dir,
        direction: getComputedStyle(element).direction,
        last: text.textContent!.trimEnd().at(-1),
        stopAfterLetter: at(end - 1).left > at(end - 2).left,
      };
    },
    [host, selector] as const,
  );
}

test('on a right-to-left page, the English banner, dialog and placeholder run left to right', async ({ page }) => {
  await page.goto('/rtl.html');
  await expect(banner(page)).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).direction), 'the page itself is right to left').toBe('rtl');
  expect(await sentenceIn(page, 'samtycke-banner', '[part=text]')).toEqual({ dir: 'ltr', direction: 'ltr', last: '.', stopAfterLetter: true });

  await banner(page).getByRole('button', { name: 'Customise' }).click();
  await expect(page.getByRole('dialog', { name: 'Cookie settings' })).toBeVisible();
  expect(await sentenceIn(page, 'samtycke-preferences', '[part=body] > p')).toMatchObject({ dir: 'ltr', direction: 'ltr', stopAfterLetter: true });
  const marker = await page.evaluate(() => {
    const summary = document.querySelector('samtycke-preferences')!.shadowRoot!.querySelector('summary')!;
    return summary.getBoundingClientRect().left - summary.parentElement!.getBoundingClientRect().left;
  });
  expect(marker, 'the services\' marker is at the left, where an English line starts').toBeLessThan(4);
  await page.getByRole('dialog', { name: 'Cookie settings' }).getByRole('button', { name: 'Reject all' }).click();

  await expect(page.getByRole('group', { name: 'Content from localhost' })).toBeVisible();
  expect(await sentenceIn(page, 'samtycke-placeholder', 'p:not(.title)')).toEqual({ dir: 'ltr', direction: 'ltr', last: '.', stopAfterLetter: true });
});
