/**
 * Standing rules of the project, checked over every package's sources so a later change
 * cannot break them quietly: custom properties inherit from the partner's page, so each is
 * --vl-*; content never reaches the DOM as HTML; the pack loader is the only request;
 * every registration is guarded and literal (the manifest must see the tag).
 */
const sources = import.meta.glob<string>('../packages/*/src/**/*.ts', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const code = Object.entries(sources).filter(([path]) => !path.includes('/locales/'));

describe('the sources', () => {
  it('name every custom property --vl-*', () => {
    const foreign = code.flatMap(([path, text]) =>
      [...text.matchAll(/var\(\s*(--[A-Za-z][\w-]*)|setProperty\(\s*'(--[\w-]+)'/g)]
        .map((m) => m[1] ?? m[2])
        .filter((name) => !name!.startsWith('--vl-'))
        .map((name) => `${path}: ${name}`),
    );
    expect(foreign).to.deep.equal([]);
  });

  it('never put content in the DOM as HTML', () => {
    const risky = code.filter(([, text]) =>
      /unsafeHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|new Function\(|\beval\(/.test(text),
    );
    expect(risky.map(([path]) => path)).to.deep.equal([]);
  });

  it('make no request but the content pack and the locale files, and store nothing', () => {
    const network = code.filter(
      ([path, text]) =>
        !path.endsWith('core/src/pack-loader.ts') &&
        !path.endsWith('core/src/locale-files.ts') &&
        /\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|document\.cookie|localStorage|sessionStorage|indexedDB/.test(
          text,
        ),
    );
    expect(network.map(([path]) => path)).to.deep.equal([]);
  });

  it('guard every element registration with customElements.get and keep it literal', () => {
    const registrations = code.filter(([, text]) => /customElements\.define\(/.test(text));
    expect(registrations.length).to.equal(6);
    for (const [path, text] of registrations) {
      expect(text, path).to.match(
        /if \(!customElements\.get\('vl-[a-z-]+'\)\) customElements\.define\('vl-[a-z-]+', Vl\w+\);/,
      );
    }
  });
});
