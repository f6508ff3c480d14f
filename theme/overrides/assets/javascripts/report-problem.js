// "Report a problem with this page": the link (made by execdocs/readers.py) opens the issue
// form with the page, its language and what verified it filled in. When it is clicked (or
// focused, or pointed at, so that the status bar shows it too), this adds where the reader is:
// the last heading above the top quarter of the window (under the header), or
// the page title at the top of the page. The form's `page` field gets that heading's anchor.
(function () {
  function headerBottom() {
    const header = document.querySelector(".md-header")
    return header ? header.getBoundingClientRect().bottom : 0
  }

  function currentHeading() {
    const line = headerBottom() + window.innerHeight / 4
    let found = null
    for (const h of document.querySelectorAll("article h1, article h2[id], article h3[id]")) {
      if (h.getBoundingClientRect().top > line) break
      found = h
    }
    return found || document.querySelector("article h1")
  }

  function headingText(h) {
    const copy = h.cloneNode(true)
    for (const extra of copy.querySelectorAll(".headerlink")) extra.remove()
    return copy.textContent.replace(/\s+/g, " ").trim()
  }

  function update(link) {
    const h = currentHeading()
    const url = new URL(link.href)
    const page = link.getAttribute("data-nn-page")
    url.searchParams.set("page", h && h.id && h.tagName !== "H1" ? page + "#" + h.id : page)
    if (h) url.searchParams.set("heading", headingText(h))
    link.href = url.href
  }

  for (const type of ["click", "focusin", "mouseover", "auxclick", "contextmenu"]) {
    document.addEventListener(
      type,
      (event) => {
        const link = event.target.closest && event.target.closest("a.nn-problem")
        if (link) update(link)
      },
      true,
    )
  }
})()
