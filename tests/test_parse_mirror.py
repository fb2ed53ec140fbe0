"""A Mirror (mirror.xyz) publication's entry, as the browser saves it: what a reader gets from it."""
from __future__ import annotations

from fragments import cut, texts


def entry(proof_links: bool = True) -> str:
    arweave = "https://viewblock.io/arweave/tx/Qm8kX" if proof_links else "/tx/Qm8kX"
    return ("<html><head><title>學風箏衝浪 — Mirror</title></head><body><div id='__next'><div class='_1sjywpl0'>"
            "<header class='_12lkvl50'><a href='https://mirror.xyz/'><svg></svg></a>"
            "<a href='https://windchaser.mirror.xyz'>WindChaser</a><button>Subscribe</button></header>"
            "<div class='_9xzw5j0'><div class='bc5nci2y'><h1 class='_1sjywpl1'>學風箏衝浪</h1>"
            "<div class='bc5nci4d'><a href='https://mirror.xyz/0x7a3F...c91B'><img alt='' src='a.png'>"
            "<span>0x7a3F…c91B</span></a><span>·</span><span>October 2nd, 2026</span></div></div>"
            "<div class='css-72ne1l'><p>學校用簡訊通知風況。</p><h2>Q&amp;A</h2>"
            "<p><strong>Q：幾歲可以學？</strong></p><p>A：12 歲以上。</p></div>"
            f"<div class='bc5nci4v'><div class='bc5nci2f'><span>Arweave TX</span><a href='{arweave}'>Qm8kX…7hPa</a>"
            "</div><div><span>Ethereum Address</span><a href='https://etherscan.io/address/0x7a3f'>0x7a3F…c91B</a>"
            "</div><div><span>Content Digest</span><span>k9Z2a…Wq0E</span></div></div>"
            "<div class='bc5nci4x'><button>Collect</button><span>38 collected</span><button>Share</button></div>"
            "<div class='bc5nci50'><h3>Subscribe to WindChaser</h3><p>Receive the latest updates directly to your "
            "inbox.</p><input type='email' placeholder='Email address'><button>Subscribe</button></div>"
            "</div></div></div></body></html>")


def test_a_mirror_entrys_byline_proof_collect_bar_and_subscribe_box_are_no_text_of_it() -> None:
    # holdout103: the by-line opened the text, the on-chain proof and 「38 collected」 were glued to the last answer
    # (「Ethereum Address0x7a3F…c91B」), the subscribe box a part of its own
    assert texts(cut(entry())) == [
        ("section", "學風箏衝浪", "學校用簡訊通知風況。"),
        ("qa", "幾歲可以學？", "12 歲以上。")]


def test_a_page_without_mirrors_proof_is_left_alone() -> None:
    frags = texts(cut(entry(proof_links=False)))
    assert "0x7a3F…c91B·October 2nd, 2026" in frags[0][2]
