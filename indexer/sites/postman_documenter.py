"""A collection's documentation Postman publishes (Postman Documenter), as the browser saves it.

Pure: no I/O. The page loads its assets from documenter-assets.pstmn.io; under its cookie banner, header (the
Environment / Layout / Language selects, 「Run in Postman」) and sidebar (search, folder tree), the collection's
description (Markdown), then each folder (`section.folder-section`, its `h2`) and each request
(`div.request-section`): its `h3.request-title` of the method label (`span.method-label` 「GET」) and its name, its
URL (`div.request-url`), its description, its 「PARAMS」 table and 「BODY raw (json)」 each under an `h4`, its
example (`div.request-example`: 「Example Request」 and a select of the examples' names, the request's code, the
response's status and body). Read as it stood (holdout241):

- the method label went as a badge in a heading: 「查询读数」 and 「设置漏水短信提醒」 titled without 「GET」 / 「POST」;
- each `h4` headed a part of its own: 「PARAMS」 held the query's table, the example request, 「200 OK」 and the
  response, 「BODY raw (json)」 the body alone, both away from the request they belong to;
- the example's name (「正常读数」), the select's chosen option, was dropped with the select.

`postman_documenter` keeps the method label in the request's title as Postman draws it (「GET 查询读数」), makes each
`h4` in a request a line naming what follows (「PARAMS」, 「BODY raw (json)」), so the request's parameters,
example and body are its own passages, and reads the example's select as the example's name. The request's URL
stays its first line: it is what the request calls, under its title as Postman shows it.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString

from indexer.html_text import clean, raw_text, site_reader, text_tag

_ASSETS = re.compile(r"https?://documenter(?:-assets\.pstmn\.io|\.gw\.postman\.com)/")


@site_reader({"request-section"}, assets=_ASSETS, gather_marks=True)
def postman_documenter(soup: BeautifulSoup) -> None:
    """Read a Postman Documenter page's requests whole: titled by their method and name, their parameters,
    example and body lines of them (see the module's docstring). A page of any other kind is unchanged."""
    for request in soup.find_all("div", class_="request-section"):
        for label in request.select(".request-title .method-label"):
            label.replace_with(NavigableString(clean(raw_text(label)) + " "))
        for heading in request.find_all(["h4", "h5", "h6"]):
            words = clean(raw_text(heading)).replace("\n", " ")
            if words:
                heading.replace_with(text_tag(soup, "p", words))
        for choice in request.select(".request-example select"):
            chosen = choice.find("option", selected=True) or choice.find("option")
            choice.replace_with(NavigableString(" " + clean(raw_text(chosen))) if chosen is not None else "")
