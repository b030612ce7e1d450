// Loaded first by every cross-engine test page (a classic script from the page's own origin, so the
// strict CSP allows it). It records what went wrong in the page, in the same way in every engine
// (WebKitWebDriver has no console log to read), and gives the driver a few helpers that look
// into shadow roots as a person would, so that each driver only clicks, types and evaluates.
(() => {
  const problems = [];
  const text = (value) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));
  const originalError = console.error.bind(console);
  console.error = (...args) => {
    problems.push(`console.error: ${args.map(text).join(' ')}`);
    originalError(...args);
  };
  addEventListener('error', (e) => problems.push(`error: ${e.message || text(e.error)}`));
  addEventListener('unhandledrejection', (e) => problems.push(`unhandled rejection: ${text(e.reason)}`));
  document.addEventListener('securitypolicyviolation', (e) =>
    problems.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
  );

  const widgets = () => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('vl-'));

  /** The first element matching each selector in turn, entering the shadow root of vl-* hosts. */
  function find(selectors) {
    let scope = document;
    let found = null;
    for (const selector of selectors) {
      found = (found?.shadowRoot ?? scope).querySelector(selector);
      if (!found) return null;
      scope = found;
    }
    return found;
  }

  /** axe's target of a node: selectors from the page down through each shadow root. */
  const target = (parts) => parts.map((p) => (Array.isArray(p) ? p.join(' ⟫ ') : p)).join(', ');

  const visible = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';

  window.vlTest = {
    problems,
    find,
    visible: (selectors) => visible(find(selectors)),

    /** Every vl-* element defined, its content applied and rendered; layout settled. */
    async ready() {
      const els = widgets();
      if (!els.length || els.some((e) => !customElements.get(e.localName))) return false;
      // The first update asks for the pack (contentReady is only then pending), the pack's
      // arrival asks for another.
      await Promise.all(els.map((e) => e.updateComplete));
      await Promise.all(els.map((e) => e.contentReady));
      await Promise.all(els.map((e) => e.updateComplete));
      await document.fonts?.ready;
      await this.settled();
      return els.every((e) => (e.shadowRoot?.textContent ?? '').trim().length > 20);
    },

    /** Two frames later: what a resize or an update changed is laid out and painted. */
    settled: () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))),

    /** Centre of an element (of its first line) in viewport coordinates, after bringing it into view. */
    centre(selectors) {
      const el = find(selectors);
      if (!el) return null;
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      // The first line's box: a link that wraps has no text at the centre of its bounding box.
      const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
      return { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
    },

    focus(selectors) {
      const el = find(selectors);
      el?.scrollIntoView({ block: 'center', inline: 'nearest' });
      el?.focus();
      const active = el?.getRootNode().activeElement;
      return active === el;
    },

    attr: (selectors, name) => find(selectors)?.getAttribute(name) ?? null,
    text: (selectors) => (find(selectors)?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    count: (selectors, all) => (find(selectors)?.shadowRoot ?? document).querySelectorAll(all).length,

    /** What the page measures: sideways scroll, each widget's size. */
    layout() {
      const root = document.documentElement;
      return {
        viewport: innerWidth,
        clientHeight: root.clientHeight,
        scrollWidth: root.scrollWidth,
        clientWidth: root.clientWidth,
        pageHeight: Math.ceil(root.scrollHeight),
        widgets: widgets().map((e) => {
          const r = e.getBoundingClientRect();
          return { tag: e.localName, width: Math.round(r.width), height: Math.round(r.height) };
        }),
      };
    },

    /** axe-core over the page (it enters shadow roots); the violations, summed up. */
    async axe() {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => target(n.target)).join(', ')}`,
      );
    },

    /**
     * Whether the engine enforces the page's `require-trusted-types-for 'script'`: a string put in
     * innerHTML must then throw. (An engine without Trusted Types ignores the directive, and lit
     * then creates no policy: the widgets work the same.) Run last: it reports a violation.
     */
    trustedTypesEnforced() {
      try {
        document.createElement('div').innerHTML = '<b>probe</b>';
        return false;
      } catch {
        return true;
      }
    },
  };
})();
