"""A Productboard public portal with a feature card open, as the browser saves it.

The portal's page is its frame — the cookie banner, the header (`header.PortalHeader`: logo, the portal's
`<h1>` and description, the tabs Roadmap / Ideas / Released, 「Submit idea」), the board's columns
(`section.PortalColumn`, each an `<h3>` status 「Under consideration」 / 「Planned」 / 「In progress」 and its
count) — with the open card over it, `div.FeatureCardModal`: its header (the status badge, the component's
path 「Hardware › SIM & connectivity」, the card's `<h2>` title, the close button), the description
(`.FeatureCardModal__description`, rich text with its own headings, lists and tables), the importance
buttons (「How important is this to you?」 Not important … Critical, 「217 votes」), the insights
(`.FeatureCardModal__insights`: 「Insights (3)」 over `div.Insight`s, each its author, date and words) and
the footer (「Powered by productboard」).

Read as it stood (holdout108), the columns' `<h3>`s were the page's headings: the first fragment was titled
「In progress」 (the last column), its text the card's badge and component, and the card's own title was
nowhere; the importance prompt closed the description's last answer, and the insights were one part of
bare dates. `productboard_card` makes the page the card alone: its title an `<h1>`, its description, then
the insights as its last part 「评论」 (each insight's words, as blogs' comments are read, without author
or date); the frame, the badge, the component, the importance buttons and the footer go.

Detected by the card's own markup, the `FeatureCardModal` class.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, site_reader
from indexer.sites.blogs import Comment, comments_html


@site_reader({"FeatureCardModal"})
def productboard_card(soup: BeautifulSoup) -> None:
    """Make a Productboard portal page with one feature card open the card alone: title, description,
    insights (see the module's docstring); any other page is unchanged."""
    cards = soup.find_all("div", class_="FeatureCardModal")
    if len(cards) != 1 or soup.body is None:
        return
    title = cards[0].find(class_="FeatureCardModal__title")
    description = cards[0].find(class_="FeatureCardModal__description")
    if not isinstance(title, Tag) or not isinstance(description, Tag) or not one_line(title):
        return
    insights = [Comment("", one_line(words), False)
                for insight in cards[0].find_all("div", class_="Insight")
                for words in [insight.find("p")] if isinstance(words, Tag) and one_line(words)]
    page = soup.new_tag("main")
    heading = soup.new_tag("h1")
    heading.string = one_line(title)
    page.append(heading)
    page.append(description.extract())
    markup = comments_html(insights)
    if markup:
        page.extend(list(BeautifulSoup(markup, "html.parser").contents))
    soup.body.clear()
    soup.body.append(page)
