"""An entry of a Mirror (mirror.xyz) publication, as the browser saves it.

Mirror is a Next.js app styled by hashed class names (`_1sjywpl0`, `bc5nci4d`): none names a part. Under the
entry's `<h1>` its by-line (the writer's avatar and wallet address 「0x7a3F…c91B」 or ENS name, a link to
their `mirror.xyz/<address>` page, 「·」 and the date 「October 2nd, 2026」), after the text Mirror's proof of
the entry on chain (「Arweave TX」 with its transaction, 「Ethereum Address」, 「Content Digest」: labels over
hashes), the Collect bar (「Collect」, 「38 collected」, 「Share」) and the publication's subscribe box
(「Subscribe to …」, 「Receive the latest updates directly to your inbox.」, an e-mail field).

Read as it stood (holdout103), the by-line opened the first fragment, the proof and the Collect bar were
glued to the entry's last answer, labels and values run together (「Ethereum Address0x7a3F…c91B」), and the
subscribe box was a part of its own. `mirror_entry` drops the four: Mirror's own furniture, on every entry.

Detected by Mirror's marks together: the Next.js root `#__next`, a link to mirror.xyz and the proof's link
to the entry's Arweave transaction.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import one_line, site_reader

_MIRROR = re.compile(r"^https?://(?:[\w-]+\.)*mirror\.xyz(?:/|$)", re.IGNORECASE)
# the writer's page: a wallet address (shortened or whole) or an ENS name
_WRITER = re.compile(r"^https?://(?:www\.)?mirror\.xyz/(?:0x[0-9a-f.…]+|[\w-]+\.eth)/?$", re.IGNORECASE)
_ARWEAVE = re.compile(r"^https?://(?:viewblock\.io/arweave/tx/|(?:[\w-]+\.)*arweave\.net/)", re.IGNORECASE)
_ETHERSCAN = re.compile(r"^https?://(?:[\w-]+\.)*etherscan\.io/", re.IGNORECASE)
_COLLECTED = re.compile(r"^\d[\d,.]*\s*collected$", re.IGNORECASE)
_BYLINE_MAX = 80        # an address or name, 「·」 and a date
_PROOF_MAX = 300        # three labels and their hashes


@site_reader({"#__next"})
def mirror_entry(soup: BeautifulSoup) -> None:
    """Drop a Mirror entry's by-line, on-chain proof, Collect bar and subscribe box (see the module's
    docstring); any other page is unchanged."""
    links = soup.find_all("a", href=True)
    proofs = [a for a in links if _ARWEAVE.match(str(a["href"]))]
    if not proofs or not any(_MIRROR.match(str(a["href"])) for a in links):
        return
    titles = soup.find_all("h1")
    if len(titles) == 1:
        for line in titles[0].find_next_siblings():
            writer = line.find("a", href=_WRITER) if line.name != "a" else None
            if writer is not None and len(one_line(line)) <= _BYLINE_MAX:
                line.decompose()        # the writer's address and the date: no words of the entry
    for proof in proofs:
        if proof.parent is None:
            continue
        box = proof.parent
        # (up to the block holding the proof's other rows, the Ethereum address's and the digest's: labels
        # over hashes, never a block of the entry's text)
        while box.find("a", href=_ETHERSCAN) is None and isinstance(box.parent, Tag) \
                and box.parent.name not in ("body", "main", "article") and len(one_line(box.parent)) <= _PROOF_MAX:
            box = box.parent
        box.decompose()
    for count in soup.find_all(string=_COLLECTED):
        bar = count.parent.parent if isinstance(count.parent, Tag) else None
        if bar is not None and bar.find("button") is not None:
            bar.decompose()             # Collect / 「38 collected」 / Share
    for field in soup.find_all("input", attrs={"type": "email"}):
        box = field.parent
        if isinstance(box, Tag) and box.name != "body" and box.find(["h1", "h2"]) is None \
                and box.find("button") is not None:
            box.decompose()             # the publication's subscribe box
