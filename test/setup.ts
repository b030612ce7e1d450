// Every browser test starts from a neutral page: vitest's tester page says lang="en",
// which the widgets would (rightly) follow; a partner page without lang gets French.
import { fixtureCleanup } from '@open-wc/testing';

document.documentElement.removeAttribute('lang');
afterEach(() => {
  fixtureCleanup();
  document.documentElement.removeAttribute('lang');
});
