"""A Mintlify docs page, as the browser saves it.

Mintlify (a Next.js app) draws a page as its site's frame around the page's own part: a dismissable
top banner (`div#banner`: 「新页面上线：…查看 →」), the navbar (logo, tabs, the 「Search... ⌘K」 entry, the
dark-mode toggle), the sidebar of the site's pages (`div#sidebar`), the 「On this page」 table of contents
(`div#table-of-contents`), then in `div#content-area` the page's `header#header` — the eyebrow naming its
group, the title `h1#page-title`, the 「Copy page」 menu and the page's description, a `prose` paragraph
under the title — and its text in `div.mdx-content`, followed by 「Was this page helpful?」 Yes / No,
Suggest edits / Raise issue (`div.feedback-toolbar`), the previous / next page links (`div#pagination`)
and the footer's 「Powered by Mintlify」. Its `<Steps>` component is drawn as `div[role=list]` of
`div[role=listitem]`s, each a number badge (「1」), the step's title (`[data-component-part=step-title]`, a
<p> or a heading as its `titleSize` says) and its content (`[data-component-part=step-content]`).

Read as it stood, the banner was the page's lead passage while the description went with the page's
<header> as chrome, and each step's number was a line of its own over its title and content, the steps
one passage with the part's text before them. `mintlify_page` puts the page's own part in the body's
place — the title, the description, then the MDX content —, so the site's frame goes whole, and writes
each `<Steps>` as the ordered list it shows: an item a step, its first line the step's title (as
`render_markup.mdx_components` reads the `<Steps>` of an MDX source), so the fragmenter makes steps
titled so under any heading. Callouts, accordions and tables are read as on any page.

Detected strictly by Mintlify's marks (html_text.page_marks): the `mdx-content` class with the
`#page-title` and `#content-area` ids, on a page that names Mintlify — its generator meta or the
footer's 「Powered by Mintlify」 link to mintlify.com.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader

MARKS = ("mdx-content", "#page-title", "#content-area")
_GENERATOR = re.compile(r"^\s*Mintlify\b", re.IGNORECASE)
_MINTLIFY_LINK = re.compile(r"^https?://(?:[\w-]+\.)*mintlify\.com(?:/|$)", re.IGNORECASE)
_PART = "data-component-part"


@site_reader(MARKS, gather_marks=True)
def mintlify_page(soup: BeautifulSoup) -> None:
    """Put a Mintlify page's title, description and MDX content in its body's place, its `<Steps>` an
    ordered list (see the module's docstring). A page of any other kind is unchanged. `marks` are the page's."""
    if soup.body is None or not _names_mintlify(soup):
        return
    content = soup.find("div", class_="mdx-content")
    title = soup.find("h1", id="page-title")
    if not isinstance(content, Tag) or not isinstance(title, Tag):
        return
    for steps in content.find_all(attrs={"role": "list"}):
        if not steps.decomposed:
            _steps(soup, steps)
    page = soup.new_tag("main")
    page.append(title.extract())
    header = soup.find("header", id="header")
    if isinstance(header, Tag):
        descriptions = header.find_all(class_="prose")
        page.extend([description.extract() for description in descriptions
                     if not any(outer in description.parents for outer in descriptions)])
    content.extract()
    page.append(content)
    soup.body.clear()
    soup.body.append(page)


def _names_mintlify(soup: BeautifulSoup) -> bool:
    """The page says Mintlify made it: its generator meta, or the footer's 「Powered by Mintlify」 link."""
    return soup.find("meta", attrs={"name": "generator", "content": _GENERATOR}) is not None \
        or soup.find("a", href=_MINTLIFY_LINK) is not None


def _steps(soup: BeautifulSoup, steps: Tag) -> None:
    """A `<Steps>` list (`div[role=list]` whose items hold a step's title or content) as the <ol> it shows:
    each item's title its first paragraph, then its content; the number badges go (the list numbers them)."""
    items = [item for item in steps.find_all(attrs={"role": "listitem"}, recursive=False)
             if item.find(attrs={_PART: ("step-title", "step-content")}) is not None]
    if not items:
        return
    listed = soup.new_tag("ol")
    for item in items:
        step = soup.new_tag("li")
        title = item.find(attrs={_PART: "step-title"})
        content = item.find(attrs={_PART: "step-content"})
        if isinstance(title, Tag) and title.get_text(strip=True):
            line = soup.new_tag("p")
            line.extend(list(title.contents))
            step.append(line)
        if isinstance(content, Tag):
            step.extend(list(content.contents))
        listed.append(step)
    steps.replace_with(listed)
