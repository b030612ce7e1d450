/** The rules of the quick exit, without the element: where it goes, and what counts as a Shift press. */
import { expect } from '@open-wc/testing';
import { vi } from 'vitest';
import { ShiftPresses, defaultExitHref, exitTarget, shiftPressWindowMs } from '../src/quick-exit.js';

describe('exitTarget (the exit-href attribute)', () => {
  const rows: [string | null, ReturnType<typeof exitTarget>][] = [
    [null, { href: defaultExitHref }],
    ['', { href: defaultExitHref }],
    ['  ', { href: defaultExitHref }],
    ['none', {}],
    [' None ', {}],
    ['https://www.example.org/meteo?ville=Lyon', { href: 'https://www.example.org/meteo?ville=Lyon' }],
    ['http://example.org', { href: 'http://example.org' }],
    ['javascript:alert(1)', { href: defaultExitHref, unsafe: 'javascript:alert(1)' }],
    ['JaVaScRiPt:alert(1)', { href: defaultExitHref, unsafe: 'JaVaScRiPt:alert(1)' }],
    ['/accueil', { href: defaultExitHref, unsafe: '/accueil' }],
    ['//evil.example/', { href: defaultExitHref, unsafe: '//evil.example/' }],
    ['https://', { href: defaultExitHref, unsafe: 'https://' }],
    ['https://a.example/ b', { href: defaultExitHref, unsafe: 'https://a.example/ b' }],
    ['tel:17', { href: defaultExitHref, unsafe: 'tel:17' }],
  ];
  for (const [attribute, expected] of rows) {
    it(`${JSON.stringify(attribute)} → ${JSON.stringify(expected)}`, () => {
      expect(exitTarget(attribute)).to.deep.equal(expected);
    });
  }

  it('defaults to a neutral public page, over https', () => {
    expect(defaultExitHref).to.match(/^https:\/\//);
  });
});

describe('ShiftPresses (GOV.UK: Shift three times, on its own, 5 s at most between presses)', () => {
  const key = (type: 'keydown' | 'keyup', key: string, repeat = false) => new KeyboardEvent(type, { key, repeat });
  const setup = () => {
    const progress: [number, boolean][] = [];
    let thirds = 0;
    const presses = new ShiftPresses(
      (count, expired) => progress.push([count, expired]),
      () => (thirds += 1),
    );
    const shift = () => {
      presses.keydown(key('keydown', 'Shift'));
      presses.keyup(key('keyup', 'Shift'));
    };
    return { presses, progress, shift, thirds: () => thirds };
  };
  afterEach(() => vi.useRealTimers());

  it('counts three presses, then starts over', () => {
    const { progress, shift, thirds } = setup();
    shift();
    shift();
    expect(thirds()).to.equal(0);
    shift();
    expect(thirds()).to.equal(1);
    expect(progress).to.deep.equal([
      [1, false],
      [2, false],
      [0, false],
    ]);
    shift();
    expect(thirds()).to.equal(1);
  });

  it('ignores Shift held with another key, and a held Shift repeating', () => {
    const { presses, shift, thirds } = setup();
    presses.keydown(key('keydown', 'Shift'));
    presses.keydown(key('keydown', 'A'));
    presses.keyup(key('keyup', 'A'));
    presses.keyup(key('keyup', 'Shift'));
    presses.keydown(key('keydown', 'Shift'));
    presses.keydown(key('keydown', 'Shift', true));
    presses.keyup(key('keyup', 'Shift'));
    shift();
    expect(thirds()).to.equal(0);
    shift();
    expect(thirds()).to.equal(1);
  });

  it('starts over when another key comes between presses', () => {
    const { presses, progress, shift, thirds } = setup();
    shift();
    shift();
    presses.keydown(key('keydown', 'Tab'));
    shift();
    expect(thirds()).to.equal(0);
    expect(progress.at(-2)).to.deep.equal([0, false]);
  });

  it('starts over, and says so, after a pause longer than the window', () => {
    vi.useFakeTimers();
    const { progress, shift, thirds } = setup();
    shift();
    shift();
    vi.advanceTimersByTime(shiftPressWindowMs - 1);
    shift();
    expect(thirds(), 'each press gives 5 s more').to.equal(1);
    shift();
    vi.advanceTimersByTime(shiftPressWindowMs);
    expect(progress.at(-1)).to.deep.equal([0, true]);
    shift();
    shift();
    expect(thirds()).to.equal(1);
  });
});
