// Marks, in every code block, one token <span> per look: what axe-core's colour-contrast rule
// needs to judge a token's text is its colour, font, opacity, text shadow and the backgrounds
// behind it up to the first opaque one, and whether its text is long enough and has letters or
// digits (axe leaves one-character and symbol-only text undecided). Tokens that share all of
// that with a token already marked get the same verdict, so tests/test_browser.py checks the
// marked ones (data-axe-rep) and skips the rest: a code-heavy page has ~2,000 token spans and
// a few dozen looks. A token span that is clipped (scrolled out of its block) is never the one
// marked; a look none of whose tokens is fully shown has all its tokens marked.
() => {
  document.querySelectorAll("[data-axe-rep]").forEach((el) => el.removeAttribute("data-axe-rep"));
  const opaque = (c) => /^rgb\(/.test(c) || /^rgba\(.*,\s*1\)$/.test(c);
  const groups = new Map();
  for (const el of document.querySelectorAll("pre span")) {
    const token = !el.children.length && el.attributes.length === 1 && el.hasAttribute("class");
    if (!token) {
      el.setAttribute("data-axe-rep", "");
      continue;
    }
    const s = getComputedStyle(el);
    const text = el.textContent.trim();
    const kind = (text.length > 1 ? "long" : "short") + (/[\p{L}\p{N}]/u.test(text) ? "" : "-symbols");
    const key = [kind, s.color, s.fontSize, s.fontWeight, s.opacity, s.textShadow, s.visibility];
    for (let a = el; a; a = a.parentElement) {
      const b = getComputedStyle(a);
      key.push(b.backgroundColor, b.backgroundImage, b.opacity, b.mixBlendMode, b.filter);
      if (opaque(b.backgroundColor) && b.backgroundImage === "none") break;
    }
    const box = el.closest("pre").getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const shown = r.width > 0 && r.left >= box.left && r.right <= box.right;
    const group = groups.get(key.join("|")) || { rep: null, all: [] };
    groups.set(key.join("|"), group);
    group.all.push(el);
    if (shown && !group.rep) group.rep = el;
  }
  for (const group of groups.values()) {
    for (const el of group.rep ? [group.rep] : group.all) el.setAttribute("data-axe-rep", "");
  }
  return groups.size;
}
