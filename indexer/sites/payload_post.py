"""A post of a site built on Payload CMS's website template (Next.js), as the browser saves it.

The template's post page is a hero over the text: the post's categories (「租赁指南」), its `<h1>`, then the
by-line of labelled values (`p.text-sm` 「Author」 over 「Timur B.」, 「Date Published」 over a `<time>`); the text
is Payload's rich text (`div.payload-richtext`), and a CallToAction block (a `div.bg-card` box of a line of rich
text — a heading, a sentence — and its button links, 「WhatsApp 咨询」) and the Related Posts follow it.

Read as it stood (holdout103), the categories and the by-line opened the first fragment (「租赁指南 Author
Timur B. Date Published October 5, 2026」), and the call to action, its heading asking 「需要帮忙挑器材？」, was a
question and answer of the FAQ before it. `payload_post` keeps of the hero its `<h1>` alone and drops the
call-to-action box: the site's invitation, on every post, as a box classed 「cta」 is dropped on any page.

Detected by Payload's mark, the rich text's `payload-richtext` class.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, site_reader

_HERO_MAX = 120     # the categories, 「Author」 and a name or two, 「Date Published」 and a date


@site_reader({"payload-richtext"})
def payload_post(soup: BeautifulSoup) -> None:
    """Keep a Payload post's title of its hero and drop its call to action (see the module's docstring);
    any other page is unchanged."""
    texts = soup.find_all("div", class_="payload-richtext")
    titles = [h1 for h1 in soup.find_all("h1") if h1.find_parent("div", class_="payload-richtext") is None]
    if not texts or len(titles) != 1:
        return
    title = titles[0]
    hero: Tag | None = title.parent
    # (the block around the title that holds the by-line's `<time>`: the hero's column)
    while isinstance(hero, Tag) and hero.find("time") is None and hero.name not in ("body", "main", "article"):
        hero = hero.parent
    if isinstance(hero, Tag) and hero.name not in ("body", "main", "article") \
            and hero.find("div", class_="payload-richtext") is None \
            and len(one_line(hero)) - len(one_line(title)) <= _HERO_MAX:
        hero.replace_with(title.extract())
    for box in soup.find_all("div", class_="bg-card"):
        # (a button link, in no sentence or list of the box: a Banner block, also a `bg-card`, has none;
        # the Related Posts' cards are `article`s)
        buttons = [a for a in box.find_all("a", href=True) if a.find_parent(["p", "li"]) is None]
        if box.parent is not None and buttons and box.find(["h1", "h2"]) is None:
            box.decompose()
