"""Generic rules holdout306 brought: an <ol> whose items number themselves 「第N步：」 (Fotile's FAQ), a row of vote
counters (IT168's 「赞(36) 踩(2)」, cnBeta's 「支持(56)反對(2)」) and a commenter's location in a comment card (cnBeta's
「台灣 新北市」): what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def page(body: str) -> str:
    return f"<html><head><title>t</title></head><body><main>{body}</main></body></html>"


FOTILE = page("<h1>油烟机常见问题</h1><h2>自己拆洗油网的步骤</h2><p>建议每 1–2 个月清洗一次。</p><ol>"
              "<li>第一步：关闭油烟机，拔下电源插头，等待风机完全停止。</li>"
              "<li>第二步：向上推开导烟板（顶侧双吸机型按住导烟板两侧卡扣向下拉出）。</li>"
              "<li>第三步：按住油网的弹簧卡扣，向内推后斜向取下油网。</li></ol>")


def test_ol_items_numbered_di_n_bu_are_titled_by_what_to_do() -> None:
    # holdout306: steps 1 and 3 were titled by the whole line, step 2 by its bare 「第二步」
    steps = [(title, text) for kind, title, text in texts(cut(FOTILE)) if kind == "step"]
    assert [title for title, _ in steps] == ["关闭油烟机，拔下电源插头，等待风机完全停止",
                                             "向上推开导烟板（顶侧双吸机型按住导烟板两侧卡扣向下拉出）",
                                             "按住油网的弹簧卡扣，向内推后斜向取下油网"]
    assert steps[1][1] == "第二步：向上推开导烟板（顶侧双吸机型按住导烟板两侧卡扣向下拉出）。"


def test_a_row_of_vote_counters_under_an_article_goes() -> None:
    # holdout307: IT168's div.digg 「赞(36) 踩(2)」 was a line of the last section
    html = page("<h1>门店专线断了怎么办</h1><p>建议选企业物联网卡。</p><div class='digg'><a class='zan'>赞(36)</a> "
                "<a class='cai'>踩(2)</a></div><p>我支持(5)这个方案。</p>")
    text = all_text(cut(html))
    assert "赞(36)" not in text and "踩(2)" not in text
    assert "我支持(5)这个方案。" in text     # a vote word in a sentence stays


def test_comment_votes_and_locations_go() -> None:
    # holdout306: cnBeta's comments kept each commenter's 「台灣 新北市」 and the footer 「支持(56)反對(2)」
    card = ("<div class='comment-item'><div class='comment-item__hd'><span class='comment-user'>匿名人士</span>"
            "<span class='comment-area'>{}</span><span class='comment-time'>2026-11-24 21:40</span></div>"
            "<div class='comment-item__bd'><p>{}</p></div><div class='comment-item__ft'><a class='support'>支持(56)</a>"
            "<a class='against'>反對(2)</a><a class='reply'>回覆</a></div></div>")
    html = page("<h1>三大電信明年起調整資費</h1><p>中華電信、台灣大哥大與遠傳電信本週先後公告調整資費。</p>"
                "<div class='comment-wrap' id='comment'><h3>網友評論 (2)</h3><div class='comment-list'>"
                + card.format("台灣 新北市", "遠傳的 60 天限制要注意，我上次晚了三天就只能改新方案。")
                + card.format("香港", "攜碼到二線品牌，很多 499 以下的方案還在。") + "</div></div>")
    comments = [text for kind, title, text in texts(cut(html)) if title in ("評論", "评论")]
    assert comments == ["遠傳的 60 天限制要注意，我上次晚了三天就只能改新方案。\n攜碼到二線品牌，很多 499 以下的方案還在。"]
    assert "支持(" not in all_text(cut(html)) and "新北市" not in all_text(cut(html))
