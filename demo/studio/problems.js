// The validator's problems (JSON paths, French messages) placed next to the fields they concern.

/** true when `path` is `prefix` or a field inside it ("$.partners[3].nom" is under "$.partners[3]"). */
export function isUnder(path, prefix) {
  return path === prefix || (path.startsWith(prefix) && (path[prefix.length] === '.' || path[prefix.length] === '['));
}

/** The candidate (by its path) that holds `path` most closely, or undefined. */
export function closest(path, candidates, pathOf) {
  let best;
  let bestLength = -1;
  for (const candidate of candidates) {
    const at = pathOf(candidate);
    if (at && isUnder(path, at) && at.length > bestLength) {
      best = candidate;
      bestLength = at.length;
    }
  }
  return best;
}

/**
 * The message without its leading "Champ $.x.y : ", for display beside the field itself (the
 * field's label says which one); the rest is the validator's own sentence.
 */
export function besideField(message) {
  const text = message.replace(/^Champ \S+ : /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
