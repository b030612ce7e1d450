/** @jsxImportSource preact */
// Typechecked by test/node/editor-data.test.mjs, as react.tsx is, for Preact users.
import type {} from '../../packages/widgets/types/jsx-preact.js';

export const page = (
  <main>
    <vl-eligibility zone="idf" mode="explain" class="partner" />
    <vl-demand-circuit variant="full" current-step="file" />
    {/* @ts-expect-error zone is paris, idf, other or overseas */}
    <vl-eligibility zone="lyon" />
  </main>
);
