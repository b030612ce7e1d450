/**
 * The release these files belong to (every package of the workspace shares one version; a
 * node test checks it against packages/widgets/package.json). Two script files of the same
 * release on one page (the bundle and a per-element file) define each tag once, silently;
 * a copy of another release holding a tag is worth a warning (define.ts).
 */
export const libraryVersion = '0.1.0';
