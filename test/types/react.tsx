// Typechecked by test/node/editor-data.test.mjs: the generated JSX types accept what the
// manifest documents and refuse the rest (each @ts-expect-error must meet an error).
import type {} from '../../packages/widgets/types/jsx-react.js';

export const page = (
  <main>
    <vl-emergency situations="eviction" variant="compact" content-src="https://agglo.example/pack.json" />
    <vl-questions search topics="apply" heading-level="3" className="partner" />
    {/* @ts-expect-error variant is card or compact */}
    <vl-emergency variant="large" />
    {/* @ts-expect-error an undocumented attribute */}
    <vl-directory colour="red" />
  </main>
);
