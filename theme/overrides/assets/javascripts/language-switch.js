// The language switcher keeps the reader on the same page and heading.
//
// Both languages have the same pages at the same paths (tests/test_pages.py checks it) and
// headings carry the same explicit anchors, so the other language's URL is the current path
// under the other language's root, plus the current #anchor. No sitemap lookup is needed
// (Material's own logic needs site_url to match the host), so this works offline, under
// `nox -s serve` and under any hosting prefix.
(function () {
  function siteRoot() {
    const config = JSON.parse(document.getElementById("__config").textContent)
    return new URL(config.base.replace(/\/?$/, "/"), location.href)
  }

  function samePageIn(link) {
    const root = siteRoot()
    const here = location.pathname.startsWith(root.pathname)
      ? location.pathname.slice(root.pathname.length)
      : ""
    const otherRoot = new URL(link.getAttribute("data-root") || link.href, location.href)
    return new URL(here + location.hash, otherRoot)
  }

  function links() {
    return document.querySelectorAll("a.md-select__link[hreflang]")
  }

  function update() {
    for (const link of links()) {
      if (!link.hasAttribute("data-root")) link.setAttribute("data-root", link.href)
      link.href = samePageIn(link).href
    }
  }

  document.addEventListener("DOMContentLoaded", update)
  window.addEventListener("hashchange", update)
  // Capture phase: runs before Material's own handler on <body>, which would replace the
  // target with the other site's home page whenever its sitemap does not list the URL.
  document.addEventListener(
    "click",
    (event) => {
      const link = event.target.closest && event.target.closest("a.md-select__link[hreflang]")
      if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
      event.preventDefault()
      event.stopPropagation()
      location.href = samePageIn(link).href
    },
    true,
  )
})()
