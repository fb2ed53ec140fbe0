"""A Fumadocs docs page (a Next.js site built with Fumadocs UI), as the browser saves it.

Fumadocs draws a page as its site's frame around the page's own part: the top banner (`#nd-banner`), the navbar
(`#nd-nav`: the site's tabs, the 「Search ⌘K」 entry, the theme toggle), the sidebar of the site's pages with its
version switcher (`#nd-sidebar`), the 「On this page」 table of contents (`#nd-toc`), then in `#nd-page` the page's
<article>: the breadcrumb, the title <h1> and the description under it, the page actions (「Copy Markdown」 and 「Open
in GitHub」), the MDX content in `div.prose`, the footer (「Edit on GitHub」, 「Last updated on 2026年11月3日」) and the
previous / next page cards (each the page's title over its description). In the content, the `<Steps>` component is a
`div.fd-steps` of `div.fd-step`s, each led by its step's heading (an <h3>) over its content; a `<Callout>` is a box
(`--callout-color` in its style) of its icon, its title (`p.font-medium`) and its text; a code block is a shiki
<figure> whose header holds its title (a <figcaption>, 「Terminal」) beside the 「Copy Text」 button.

Read as it stood (holdout290), the steps were sections titled by their <h3>s, the <h2> over them (「下单流程」) titling
nothing; the code figure in a step was cut into three passages (the step's text, its caption 「Terminal」 alone, the
command); 「Open in GitHub」 was a line of the first passage, with the callout's title 「余额与限流」 a bare line there
too; and the footer's 「Last updated on …」 with the previous / next cards (「查询套餐 · 按国家和地区列出可售 eSIM 套餐」)
were a last passage titled by the page. `fumadocs_page` puts the page's own part in the body's place — the title,
the description, then the content —, so the frame, the page actions, the footer and the cards go whole; writes each
`<Steps>` as the ordered list it shows, an item a step whose first line is its heading's words (as `mintlify_page`
writes Mintlify's), so the fragmenter makes steps 「step n/4 of 下单流程」; drops a code figure's header (its title
and Copy button), so the command stays in its step — an image's <figure> keeps its caption, which says what it
shows —; and lets a callout's title lead its text (「余额与限流：下单从…」), as a labelled <aside>'s does
(`clean._callout_asides`). Accordions and tables are read as on any page.

Detected by Fumadocs' layout marks (`#nd-docs-layout`, `#nd-page`) on a page loading the site's own Next.js build
(`/_next/static/`).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import inside, one_line, site_reader

MARKS = frozenset({"#nd-docs-layout", "#nd-page"})
_ASSETS = re.compile(r"(?:https?:)?(?://[^/]+)?/_next/static/")
_CALLOUT = re.compile(r"--callout-color\s*:")


@site_reader(MARKS, assets=_ASSETS)
def fumadocs_page(soup: BeautifulSoup) -> None:
    """Put a Fumadocs page's title, description and content in its body's place, its steps an ordered list, its code
    figures without their headers and its callouts led by their titles (see the module's docstring). A page of any
    other kind is unchanged."""
    page = soup.find(id="nd-page")
    # (the <article> inside `#nd-page`, or `#nd-page` itself where a later Fumadocs makes it the <article>)
    article = page if isinstance(page, Tag) and page.name == "article" else \
        page.find("article") if isinstance(page, Tag) else None
    title = article.find("h1") if isinstance(article, Tag) else None
    content = article.find("div", class_="prose") if isinstance(article, Tag) else None
    if soup.body is None or not isinstance(title, Tag) or not isinstance(content, Tag):
        return
    for steps in content.find_all("div", class_="fd-steps"):
        _steps(soup, steps)
    for figure in content.find_all("figure"):
        if figure.find("pre") is None:
            continue                        # an image's figure: its caption says what it shows, and stays
        caption = figure.find("figcaption")
        if isinstance(caption, Tag) and isinstance(caption.parent, Tag) and caption.parent is not figure:
            caption.parent.decompose()      # the header: the code's title beside its Copy button
        elif isinstance(caption, Tag):
            caption.decompose()
    for box in content.find_all("div", style=_CALLOUT):
        _callout(box)
    main = soup.new_tag("main")
    description = title.find_next_sibling()
    main.append(title.extract())
    if isinstance(description, Tag) and description.name == "p" and description is not content:
        main.append(description.extract())
    main.append(content.extract())
    soup.body.clear()
    soup.body.append(main)


def _steps(soup: BeautifulSoup, steps: Tag) -> None:
    """A `<Steps>` box (`div.fd-steps` of `div.fd-step`s, each led by its heading) as the <ol> it shows: each step's
    heading its first paragraph, then its content."""
    items = steps.find_all("div", class_="fd-step", recursive=False)
    if not items:
        return
    listed = soup.new_tag("ol")
    for item in items:
        step = soup.new_tag("li")
        heading = item.find(re.compile(r"^h[1-6]$"), recursive=False)
        if isinstance(heading, Tag) and heading.get_text(strip=True):
            line = soup.new_tag("p")
            line.string = one_line(heading)
            heading.decompose()
            step.append(line)
        step.extend(list(item.contents))
        listed.append(step)
    steps.replace_with(listed)


def _callout(box: Tag) -> None:
    """A `<Callout>`'s title (`p.font-medium`, over its text) leads its first paragraph, as a label does."""
    title = box.find("p", class_="font-medium")
    first = title.find_next("p") if isinstance(title, Tag) else None
    label = one_line(title).rstrip(":：") if isinstance(title, Tag) else ""
    if label and isinstance(first, Tag) and inside(first, box):
        title.decompose()
        first.insert(0, NavigableString(label + "："))
