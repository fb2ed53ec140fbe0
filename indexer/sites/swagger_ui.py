"""An API's reference as Swagger UI (3.x, 4.x, 5.x) draws it, saved by the browser.

Pure: no I/O. Swagger UI draws the spec in `div.swagger-ui`: the topbar (logo, the 「Explore」 form), the
`information-container` (`hgroup.main`: the API's name in `h2.title` with its version stamps `small > pre.version`
「2.3.0」 「OAS 3.0」, the spec's link `a > span.url`; `div.description` the info's Markdown; `div.info__contact`,
`info__license`, `info__tos` links), the `scheme-container` (the servers select, 「Authorize」), then one
`span.opblock-tag-section` per tag: `h3.opblock-tag` its name (`a > span`) and description (`small`), then each
operation a `div.opblock`: its summary bar (`div.opblock-summary`: `span.opblock-summary-method` 「POST」,
`span.opblock-summary-path` 「/auth/sms」, `div.opblock-summary-description` 「给手机号发送 4 位验证码」), and, when it is
opened, its `div.opblock-body` (the description, the 「Parameters」 section with 「Try it out」 and its table, the
「Responses」 table). Then the models (`section.models` or a block of `div.model-container`s: 「Schemas」 and each
model's name, its properties only when opened) and the validator badge. Read as it stood (holdout241):

- the title was glued to its version stamps (「… API 2.3.0 OAS 3.0」), the spec's address the introduction's
  first line;
- the contact links and the servers' label were a passage titled by the page's <title> 「Swagger UI」;
- the summary bars (buttons) went: every collapsed operation was lost, with a tag holding only such ones (its name
  and description too); an opened one's description was titled by its tag's name glued to the tag's description,
  its 「Parameters」 and 「Responses」 parts of their own, away from the operation;
- the models' names were a passage 「Schemas」.

`swagger_ui` titles the page by the API's name alone (the h1), without its stamps or the spec's link; each tag is a
part (`h2`) of its name over its description; each operation a part under it (`h3`) titled by its summary (its
method and path when it has none) over a line 「METHOD path」, then what an opened one shows: its description, its
parameters and responses each under a line naming them, without 「Try it out」. The contact, licence and terms
links, the servers and Authorize block, the topbar, the validator badge and the closed models (their names alone)
go.

Detected by Swagger UI's marks: `swagger-ui` with its `opblock-tag-section` or `information-container`.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import clean, drop_classed, raw_text, site_reader, text_tag

# the page's furniture around the spec: the topbar, the info's links (contact, licence, terms of service), the
# servers and Authorize block, 「Try it out」, the validator badge
_FURNITURE = ("topbar", "info__contact", "info__license", "info__tos", "scheme-container", "try-out",
              "footer-validator")


@site_reader({"swagger-ui"}, gather_marks=True)
def swagger_ui(soup: BeautifulSoup, marks: frozenset[str]) -> None:
    """Read a Swagger UI page as the reference it draws: its title, its tags and each operation a part (see the
    module's docstring). A page of any other kind is unchanged."""
    if marks.isdisjoint({"opblock-tag-section", "information-container"}):
        return
    drop_classed(soup, _FURNITURE)
    _title(soup)
    for tag in soup.find_all("h3", class_="opblock-tag"):
        _tag_heading(soup, tag)
    for operation in soup.find_all("div", class_="opblock"):
        _operation(soup, operation)
    _closed_models(soup)
    _main_part(soup)


def _main_part(soup: BeautifulSoup) -> None:
    """Give the spec's box (the `div.swagger-ui` holding both the info and the tags) the role="main" a page
    without a main part lacks: the info's `div.info`, the most text in one box, was taken for the article, and
    every tag and operation after it lost."""
    if soup.find("main") is not None or soup.find(attrs={"role": "main"}) is not None:
        return
    boxes = [box for box in soup.find_all("div", class_="swagger-ui")
             if box.find(class_="opblock-tag-section") is not None]
    if boxes:
        boxes[-1]["role"] = "main"      # (the innermost: the outer one also holds the topbar)


def _title(soup: BeautifulSoup) -> None:
    """The API's name the page's h1, without its version stamps and the spec's link under it."""
    for title in soup.select("hgroup.main h2.title, div.info h2.title"):
        for stamp in title.find_all("small"):
            stamp.decompose()
        title.name = "h1"
        for link in title.find_next_siblings("a"):
            if link.find(class_="url") is not None:
                link.decompose()


def _tag_heading(soup: BeautifulSoup, heading: Tag) -> None:
    """A tag's heading its name alone (h2), its description a paragraph under it."""
    note = heading.find("small")
    words = clean(raw_text(note)).replace("\n", " ") if note is not None else ""
    if note is not None:
        note.decompose()
    heading.name = "h2"
    if words:
        heading.insert_after(text_tag(soup, "p", words))


def _operation(soup: BeautifulSoup, operation: Tag) -> None:
    """An operation a part titled by its summary over its 「METHOD path」 line and what its body shows."""
    bar = operation.find("div", class_="opblock-summary")
    if not isinstance(bar, Tag):
        return
    method, path, summary = (bar.find(class_=name) for name in ("opblock-summary-method", "opblock-summary-path",
                                                                 "opblock-summary-description"))
    address = " ".join(clean(raw_text(part)).replace("\n", " ") for part in (method, path) if part is not None)
    title = clean(raw_text(summary)).replace("\n", " ") if summary is not None else ""
    if not address and not title:
        return
    heading = text_tag(soup, "h3", title or address)
    bar.replace_with(heading)
    if address:     # (its text too when it has no summary: a collapsed operation's only words)
        heading.insert_after(text_tag(soup, "p", address))
    body = operation.find("div", class_="opblock-body")
    if isinstance(body, Tag):
        for header in body.find_all("div", class_="opblock-section-header"):
            label = header.find(["h4", "h5"])       # 「Parameters」, 「Request body」, 「Responses」
            words = clean(raw_text(label)).replace("\n", " ") if label is not None else ""
            if words:
                header.replace_with(text_tag(soup, "p", words))
            else:
                header.decompose()


def _closed_models(soup: BeautifulSoup) -> None:
    """The models' block goes when every model in it is closed (its name alone, no property of it shown)."""
    models = soup.find_all("div", class_="model-container")
    blocks = {id(b): b for m in models if isinstance(b := m.find_parent("section") or m.parent, Tag)}
    for block in blocks.values():
        shown = [m for m in block.find_all("div", class_="model-container")
                 if clean(raw_text(m)) != clean(raw_text(m.find(class_="model-title") or m))]
        if not shown:
            block.decompose()
