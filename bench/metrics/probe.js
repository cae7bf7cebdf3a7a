// The bench's in-page probe, added to every page before any of the page's own scripts run
// (Playwright's addInitScript), identical for every tool. It records, in ms after navigation
// start (performance.now()):
// - long tasks and layout shifts (PerformanceObserver, buffered), first (contentful) paint,
//   the largest-contentful-paint candidates and which element each was;
// - Event Timing entries (durationThreshold 16 ms, the least it allows, and the first input,
//   which is reported whatever its duration): what an interaction's INP is made of;
// - when a button or link whose text is "Accept all" is first visible: on screen, not
//   hidden, not fully transparent (checked each frame, in requestAnimationFrame, across
//   open and closed shadow roots). What counts is when that frame has been rendered: the
//   time the next frame's callbacks run. Under a slow CPU, rendering a frame takes long
//   enough (style, layout, paint) that the frame's start would flatter every tool;
// - when the visitor's click reached the page (capture phase on window, before any tool),
//   and when it happened (the event's timestamp: earlier, when the main thread was busy),
//   also as a User Timing mark ("bench:click") for the trace;
// - after a click, if asked to: when a heading reading the preferences' title is first
//   visible, timed the same way as "Accept all".
// window.benchClickable(text, timeout) says where and when a button can be clicked (see there).
// It reports on the console ("bench:visible", "bench:preferences"), where the runner
// listens, so the runner never polls the page. `benchConfig` ({ findAcceptAll, preferencesTitle })
// is set before this file by the runner.
/* global benchConfig */
(() => {
  const probe = (window.benchProbe = {
    longTasks: [],
    shifts: [],
    paints: {},
    lcp: null,
    events: [],
    acceptInFrameAt: null,
    acceptVisibleAt: null,
    clickAt: null,
    clickInputAt: null,
    preferencesVisibleAt: null,
  });
  const observe = (type, record, options = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({ type, buffered: true, ...options });
    } catch {
      // An entry type this browser lacks: that metric stays empty.
    }
  };
  const describe = (element) => {
    if (!element) return null;
    const name = element.localName + (element.id ? `#${element.id}` : '') + [...element.classList].slice(0, 2).map((c) => `.${c}`).join('');
    const root = element.getRootNode();
    return root instanceof ShadowRoot ? `${root.host.localName} > ${name}` : name;
  };
  observe('longtask', (entry) => probe.longTasks.push({ start: entry.startTime, duration: entry.duration }));
  observe('layout-shift', (entry) => {
    if (!entry.hadRecentInput) probe.shifts.push({ start: entry.startTime, value: entry.value });
  });
  observe('paint', (entry) => (probe.paints[entry.name] = entry.startTime));
  observe('largest-contentful-paint', (entry) => {
    probe.lcp = {
      at: entry.startTime,
      size: entry.size,
      element: describe(entry.element),
      url: entry.url || null,
      text: entry.url ? null : (entry.element?.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60) || null,
    };
  });
  const event = (entry) =>
    probe.events.push({
      name: entry.name,
      entryType: entry.entryType,
      interactionId: entry.interactionId ?? 0,
      startTime: entry.startTime,
      processingStart: entry.processingStart,
      processingEnd: entry.processingEnd,
      duration: entry.duration,
    });
  observe('event', event, { durationThreshold: 16 });
  observe('first-input', event);

  const roots = [document];
  /** Each host's shadow root, closed ones too. */
  const shadows = new WeakMap();
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (...args) {
    const root = attachShadow.apply(this, args);
    roots.push(root);
    shadows.set(this, root);
    return root;
  };
  /** The elements matching `selector` and reading `text` that are visible, at least `minSide` px each way. */
  const visible = (selector, text, minSide) =>
    roots
      .flatMap((root) => [...root.querySelectorAll(selector)])
      .filter((element) => {
        if (element.textContent.trim().replace(/\s+/g, ' ').toLowerCase() !== text) return false;
        const box = element.getBoundingClientRect();
        if (box.width < minSide || box.height < minSide) return false;
        if (box.bottom <= 0 || box.right <= 0 || box.top >= innerHeight || box.left >= innerWidth) return false;
        return element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
      });
  const shown = (selector, text, minSide) => visible(selector, text, minSide).length > 0;
  /** Calls `done(frameStart, renderedAt)` once the first frame in which `test()` holds has been rendered. */
  const watch = (test, done) => {
    const look = (frameStart) => {
      if (!test()) return requestAnimationFrame(look);
      // This frame is the first to show it; it is on screen once the main thread has rendered
      // the frame, which is when the next frame's callbacks can run.
      requestAnimationFrame(() => done(frameStart, performance.now()));
    };
    requestAnimationFrame(look);
  };

  // Where to click a button reading `text` as soon as a visitor could: once it is wholly on
  // screen, has not moved since the last frame (a banner that slides in has arrived) and is
  // not covered at its centre. The runner then clicks there with real input. In the page,
  // frame by frame, so that no round trip to the runner delays it (what Playwright's own
  // checks before a click would cost, at 4x slowdown, several hundred ms).
  // Resolves with null if that has not happened within `timeout` ms.
  window.benchClickable = (text, timeout) =>
    new Promise((resolve) => {
      let last = '';
      const until = performance.now() + timeout;
      const deepest = (x, y) => {
        let element = document.elementFromPoint(x, y);
        while (element && shadows.has(element)) {
          const inner = shadows.get(element).elementFromPoint(x, y);
          if (!inner || inner === element) break;
          element = inner;
        }
        return element;
      };
      const look = () => {
        if (performance.now() > until) return resolve(null);
        const button = visible('button, a, [role="button"]', text.toLowerCase(), 1)[0];
        const box = button?.getBoundingClientRect();
        const whole = box && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
        const here = whole ? `${box.x},${box.y},${box.width},${box.height}` : '';
        const [x, y] = whole ? [box.x + box.width / 2, box.y + box.height / 2] : [0, 0];
        const hit = here && here === last ? deepest(x, y) : null;
        if (hit && button.contains(hit)) return resolve({ x, y });
        last = here;
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });

  let watchingPreferences = false;
  window.addEventListener(
    'click',
    (event) => {
      if (probe.clickAt === null) {
        probe.clickAt = performance.now();
        probe.clickInputAt = event.timeStamp;
        // For a trace of this visit: where the visit's first-visit work ends and the click's begins.
        performance.mark('bench:click');
      }
      if (!benchConfig.preferencesTitle || watchingPreferences) return;
      watchingPreferences = true;
      // Headings only (not the footer's "Cookie settings" link), and bigger than the 1 px
      // visually hidden headings some tools keep for screen readers.
      watch(
        () => shown('h1, h2, h3, h4, h5, h6, [role="heading"]', benchConfig.preferencesTitle.toLowerCase(), 2),
        (_, renderedAt) => {
          probe.preferencesVisibleAt = renderedAt;
          console.log(`bench:preferences ${renderedAt}`);
        },
      );
    },
    { capture: true },
  );

  if (!benchConfig.findAcceptAll) return;
  watch(
    () => shown('button, a, [role="button"]', 'accept all', 1),
    (frameStart, renderedAt) => {
      probe.acceptInFrameAt = frameStart;
      probe.acceptVisibleAt = renderedAt;
      console.log(`bench:visible ${renderedAt}`);
    },
  );
})();
