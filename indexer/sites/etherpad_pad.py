"""A pad of Etherpad exported as HTML (「Export → HTML」, `/p/NAME/export/html`).

Pure: no I/O. Etherpad writes the pad's lines straight into `<body>`: a plain line is its text then a
`<br>`, a heading (ep_headings2) an `<h1>`/`<h2>`, a list `ul.bullet` / `ol.number`. A new pad opens
with the instance's default text (`settings.json` 「defaultPadText」): 「Welcome to Etherpad!」, 「This pad
text is synchronized as you type…」 and 「Get involved with Etherpad at https://etherpad.org」 (before 1.8:
「Etherpad on Github: https://github.com/ether/etherpad-lite」). Writers often type under it and never
delete it. Read as it stood (holdout142), those lines stood in `<body>` before the pad's `<h1>` and went
into the first fragment under the h1's title, ahead of the pad's own first line.

`etherpad_pad` drops the default text's lines where a pad starts with them (the first line being
「Welcome to Etherpad!」), each with its `<br>`s; any line the writer typed among them stays.

Detected strictly by Etherpad's generator meta (`<meta name="generator" content="Etherpad">`).
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from indexer.html_text import generated_by

_GENERATOR = re.compile(r"^\s*Etherpad\b", re.IGNORECASE)
_WELCOME = re.compile(r"^Welcome to Etherpad!$", re.IGNORECASE)
# the default pad text's lines, of every release since Etherpad Lite 1.0
_DEFAULT_LINE = re.compile(r"^(?:Welcome to Etherpad!|This pad text is synchronized as you type\b.*"
                           r"|Get involved with Etherpad at \S+|Etherpad on Github:? \S+)$", re.IGNORECASE)


def etherpad_pad(soup: BeautifulSoup) -> None:
    """Drop an Etherpad export's untouched default pad text at its start (see the module's docstring).
    A page of any other kind is unchanged."""
    head = soup.head        # (the meta is in the head: no walk of the whole page for other pages)
    if head is None or soup.body is None or not generated_by(head, _GENERATOR):
        return
    lines = [line for line in _leading_lines(soup.body) if line[0]]
    if not lines or not _WELCOME.match(lines[0][0]):
        return
    for text, nodes in lines:
        if _DEFAULT_LINE.match(text):
            for node in nodes:
                node.extract()


def _leading_lines(body: Tag) -> list[tuple[str, list[NavigableString | Tag]]]:
    """The plain lines `body` opens with, before its first element other than `<br>`: each line's text
    with its nodes (the text and the `<br>`s after it: the empty lines that set it apart go with it)."""
    lines: list[tuple[str, list[NavigableString | Tag]]] = []
    text, nodes = "", []
    for node in body.children:
        if isinstance(node, Tag) and node.name != "br":
            break
        if isinstance(node, NavigableString) and text.strip() and any(isinstance(n, Tag) for n in nodes):
            lines.append((" ".join(text.split()), nodes))       # a line's text after its <br>s: a new line
            text, nodes = "", []
        nodes.append(node)
        if isinstance(node, NavigableString):
            text += str(node)
    if nodes:
        lines.append((" ".join(text.split()), nodes))
    return lines
