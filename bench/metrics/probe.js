// The bench's in-page probe, added to every page before any of the page's own scripts run
// (Playwright's addInitScript), identical for every tool. It records, in ms after navigation
// start (performance.now()):
// - long tasks and layout shifts (PerformanceObserver, buffered), first (contentful) paint;
// - when a button or link whose text is "Accept all" is first visible: on screen, not
//   hidden, not fully transparent (checked each frame, in requestAnimationFrame, across
//   open and closed shadow roots). What counts is when that frame has been rendered: the
//   time the next frame's callbacks run. Under a slow CPU, rendering a frame takes long
//   enough (style, layout, paint) that the frame's start would flatter every tool;
// - when the visitor's click reached the page (capture phase on window, before any tool).
// It reports on the console ("bench:visible"), where the runner listens, so the runner
// never polls the page. `findAcceptAll` is set before this file by the runner.
/* global findAcceptAll */
(() => {
  const probe = (window.benchProbe = {
    longTasks: [],
    shifts: [],
    paints: {},
    lcp: null,
    acceptInFrameAt: null,
    acceptVisibleAt: null,
    clickAt: null,
  });
  const observe = (type, record) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({ type, buffered: true });
    } catch {
      // An entry type this browser lacks: that metric stays empty.
    }
  };
  observe('longtask', (entry) => probe.longTasks.push({ start: entry.startTime, duration: entry.duration }));
  observe('layout-shift', (entry) => {
    if (!entry.hadRecentInput) probe.shifts.push({ start: entry.startTime, value: entry.value });
  });
  observe('paint', (entry) => (probe.paints[entry.name] = entry.startTime));
  observe('largest-contentful-paint', (entry) => (probe.lcp = entry.startTime));
  window.addEventListener('click', () => (probe.clickAt ??= performance.now()), { capture: true });

  if (!findAcceptAll) return;
  const roots = [document];
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (...args) {
    const root = attachShadow.apply(this, args);
    roots.push(root);
    return root;
  };
  const label = 'accept all';
  const candidates = () => roots.flatMap((root) => [...root.querySelectorAll('button, a, [role="button"]')]);
  const visible = (element) => {
    if (element.textContent.trim().toLowerCase() !== label) return false;
    const box = element.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) return false;
    if (box.bottom <= 0 || box.right <= 0 || box.top >= innerHeight || box.left >= innerWidth) return false;
    return element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
  };
  const look = (frameStart) => {
    if (!candidates().some(visible)) return requestAnimationFrame(look);
    probe.acceptInFrameAt = frameStart;
    // This frame is the first to show it; it is on screen once the main thread has rendered
    // the frame, which is when the next frame's callbacks can run.
    requestAnimationFrame(() => {
      probe.acceptVisibleAt = performance.now();
      console.log(`bench:visible ${probe.acceptVisibleAt}`);
    });
  };
  requestAnimationFrame(look);
})();
