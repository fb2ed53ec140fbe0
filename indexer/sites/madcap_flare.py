"""A MadCap Flare HTML5 topic, as the browser saves it.

Flare writes every topic of its HTML5 output (the Top Navigation, Side Navigation and Tripane skins) as
the skin's frame around the topic's own body, `div[data-mc-content-body]`: the off-canvas menu, the
title bar with the logo, the top menu and the search bar, the side-nav table of contents, the
breadcrumbs box and the feedback and footer parts, which Flare marks `nocontent` or `data-mc-ignore`.
In the body, its own collapsibles are drawn by its script:

- a drop-down (`div.MCDropDown`) is a head, `span.MCDropDownHead` holding the hot-spot link (an arrow
  image before the words), over its body `div.MCDropDownBody`;
- a toggler (`a.MCToggler[data-mc-targets]`, usually alone in its paragraph) opens the blocks that
  name themselves in `data-mc-target-name`, wherever they stand.

Read as they stood, a drop-down's head and body were two lines of the FAQ part, the questions and
answers of four of them one passage cut where its length said (a question ended one fragment, its
answer began the next), and a toggler, a link, went with the links while the answer it opens was
glued, unlabelled, to the passage before it. `flare_topic` makes each a `<details>` asked by its head
or toggler, over its body or targets, so the fragmenter reads a question and its answer.

The topic's paragraphs carry the classes of its writer's stylesheet (`p.topic-meta` for the line
under the title saying what the topic applies to): Flare marks what is not the topic's text with
`nocontent` or `data-mc-ignore`, and a class of the writer's names a look, not chrome. Such a
paragraph loses its class, so that the chrome rules' words (「meta」, 「updated」) do not take it.

Detected strictly by Flare's marks (html_text.page_marks): the topic body's `data-mc-content-body`
and the `data-mc-path-to-help-system` every output topic's `<html>` carries.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import clean, raw_text, site_reader

MARKS = ("@data-mc-content-body", "@data-mc-path-to-help-system")
_NOT_CONTENT = "nocontent"      # Flare's class for what search and print leave out (and data-mc-ignore)


@site_reader(MARKS, gather_marks=True)
def flare_topic(soup: BeautifulSoup) -> None:
    """Make a Flare topic's drop-downs and togglers `<details>` and free its paragraphs of the
    writer's style classes (see the module's docstring). A page of any other kind is unchanged."""
    for body in soup.find_all(attrs={"data-mc-content-body": True}):
        for drop_down in body.find_all("div", class_="MCDropDown"):
            _drop_down(soup, drop_down)
        for toggler in body.find_all("a", class_="MCToggler"):
            _toggler(soup, body, toggler)
        for paragraph in body.find_all("p", class_=True):
            if not _ignored(paragraph):
                del paragraph["class"]


def _ignored(tag: Tag) -> bool:
    """Flare leaves the tag out of the topic's text (its own mark, on it or around it)."""
    return any(_NOT_CONTENT in part.get("class", ()) or part.has_attr("data-mc-ignore")
               for part in (tag, *tag.parents) if isinstance(part, Tag))


def _question(soup: BeautifulSoup, head: Tag) -> Tag:
    """A `<summary>` of the head's words (its arrow image has none)."""
    summary = soup.new_tag("summary")
    summary.string = clean(raw_text(head, frozenset({"img", "script", "style"}))).replace("\n", " ")
    return summary


def _drop_down(soup: BeautifulSoup, drop_down: Tag) -> None:
    head = drop_down.find(class_="MCDropDownHead")
    body = drop_down.find(class_="MCDropDownBody")
    if not isinstance(head, Tag) or not isinstance(body, Tag) or not head.get_text(strip=True) \
            or body in head.parents or head in body.parents:
        return
    details = soup.new_tag("details")
    details.append(_question(soup, head))
    details.append(body.extract())
    drop_down.replace_with(details)


def _toggler(soup: BeautifulSoup, body: Tag, toggler: Tag) -> None:
    names = str(toggler.get("data-mc-targets", "")).split()
    targets = [target for name in names for target in body.find_all(attrs={"data-mc-target-name": name})
               if toggler not in target.descendants]
    if not targets or not toggler.get_text(strip=True):
        return
    # the toggler alone in its paragraph (as Flare inserts it): the paragraph is the question
    holder = toggler
    while holder.parent is not None and holder.parent is not body and holder.parent.name in ("p", "span", "div") \
            and holder.parent.get_text(strip=True) == toggler.get_text(strip=True):
        holder = holder.parent
    details = soup.new_tag("details")
    details.append(_question(soup, toggler))
    holder.replace_with(details)
    for target in targets:
        details.append(target.extract())
