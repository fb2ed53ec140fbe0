"""A `.txt` that is an Emacs Org-mode file: read as Org's export shows it, fragment by fragment
(before, nothing of Org was read: keyword lines, stars, drawers and block markers were text);
plain text is never taken for it."""
from __future__ import annotations

from collections.abc import Callable

import pytest

from indexer.fragment import parse_source
from indexer.model import Fragment, Source
from indexer.render import render
from indexer.render_org import ORG_MAX_CHARS, is_org, org_markdown
from fragments import texts
from timing import assert_linear

HEADER = "#+TITLE: 邀请好友活动说明\n#+AUTHOR: 编辑组\n#+OPTIONS: toc:2 num:nil\n#+TODO: TODO 待核实 | DONE\n\n"


def cut(text: str, path: str = "doc.txt") -> list[Fragment]:
    return parse_source(Source(path, "doc", text, "markdown", "0"))[1]


def test_the_title_headings_and_what_org_keeps_out_of_the_text() -> None:
    # #+TITLE titled nothing and the keyword lines were one line of text; 「* 」 lines were no
    # headings, drawers, tags, TODO / DONE, priorities, cookies and the CLOSED: line were text
    text = (HEADER + "* 活动是什么\n老用户把邀请码发给朋友。\n\n"
            "* TODO [#A] 谁可以邀请别人 [1/3]                                  :规则:\n"
            "  :PROPERTIES:\n  :CUSTOM_ID: who-can-invite\n  :END:\n  :LOGBOOK:\n  - Note taken on [2026-11-01 Sun]\n  :END:\n"
            "  在网满 60 天的号码。\n"
            "** DONE 外国人的号码                                                    :altel:\n"
            "   CLOSED: [2026-11-10 Tue 16:20] SCHEDULED: <2026-11-09 Mon>\n   证件在有效期内就能参加。\n"
            "# 编辑备注：下次核对\n")
    frags = cut(text)
    assert {f.article_title for f in frags} == {"邀请好友活动说明"}
    assert [(f.type, f.title, f.text, f.path) for f in frags] == [
        ("section", "活动是什么", "老用户把邀请码发给朋友。", ("邀请好友活动说明", "活动是什么")),
        ("section", "谁可以邀请别人", "在网满 60 天的号码。", ("邀请好友活动说明", "谁可以邀请别人")),
        ("section", "外国人的号码", "证件在有效期内就能参加。", ("邀请好友活动说明", "谁可以邀请别人", "外国人的号码")),
    ]


def test_a_faq_pairs_each_question_with_its_answer() -> None:
    # the first answer started the next fragment, the others were glued two or three to a fragment
    text = (HEADER + "* 常见问题                                                            :faq:\n"
            "** 朋友已经充了钱，我的奖励还没到？\n先看朋友的状态，\n还在「Ожидает пополнения」就是充值不够。\n\n"
            "** 朋友办卡时忘了填邀请码怎么办？\n7 天内拨 =*167*2*你的邀请码#= 补填。\n\n"
            "** DONE 邀请越多送得越多，是真的吗？\nCLOSED: [2026-11-10 Tue 16:20]\n不是，每人固定 10 GB。\n")
    assert texts(cut(text)) == [
        ("qa", "朋友已经充了钱，我的奖励还没到？", "先看朋友的状态，还在「Ожидает пополнения」就是充值不够。"),
        ("qa", "朋友办卡时忘了填邀请码怎么办？", "7 天内拨 *167*2*你的邀请码# 补填。"),
        ("qa", "邀请越多送得越多，是真的吗？", "不是，每人固定 10 GB。"),
    ]


def test_blocks_tables_and_inline_markup_read_as_their_content() -> None:
    # block markers stayed and the code lines ran into one with their 「,」 escapes; the table was
    # raw pipes with its rule; *bold*, /italic/, =code= kept their marks, links and [fn:1] were raw
    text = (HEADER + "#+BEGIN_QUOTE\n以 App 里显示的为准。\n#+END_QUOTE\n\n"
            "* 不用 App 的办法\n拨 =*167*1#= 收到 *邀请链接*，例如\n[[https://tele2.kz/invite/T2K7M9][tele2.kz/invite/T2K7M9]]。\n\n"
            "#+BEGIN_SRC text\n,*167*1#     获取邀请码\n,*167#       查看奖励\n#+END_SRC\n\n"
            "* 双方能得到什么\n| 身份   | 奖励             |\n|--------+------------------|\n"
            "| 邀请人 | 10 GB + 500 ₸    |\n| 被邀请人 | /首月/ 50% 折扣 |\n\n"
            "满 *2 000 ₸*（Altel 1 500 ₸）才算[fn:1]。\n\n"
            "#+BEGIN_EXAMPLE\nTele2: Вам начислено 10 ГБ.\n#+END_EXAMPLE\n\n"
            "* Footnotes\n[fn:1] Altel 和 Tele2 算同一个网内。\n")
    frags = cut(text)
    assert texts(frags) == [
        ("section", "邀请好友活动说明", "以 App 里显示的为准。"),
        ("section", "不用 App 的办法", "拨 *167*1# 收到 邀请链接，例如 tele2.kz/invite/T2K7M9。\n"
                                     "*167*1#     获取邀请码\n*167#       查看奖励"),
        ("section", "双方能得到什么", "身份 | 奖励\n邀请人 | 10 GB + 500 ₸\n被邀请人 | 首月 50% 折扣\n"
                                    "满 2 000 ₸（Altel 1 500 ₸）才算。\nTele2: Вам начислено 10 ГБ."),
        ("section", "注释", "Altel 和 Tele2 算同一个网内。"),
    ]
    html, _ = render(Source("doc.txt", "doc", text, "markdown", "0"))
    assert "<th>身份</th>" in html and "<strong>邀请链接</strong>" in html and "<em>首月</em>" in html
    assert '<a href="https://tele2.kz/invite/T2K7M9">' in html and "<blockquote>" in html


def test_lists_checkboxes_and_the_text_after_a_list() -> None:
    # 「- [ ]」 boxes are items; a 「1)」 list is a procedure; an unindented line ends a list (it ran
    # into the last item), an indented one goes on in its item; description lists read 「term：text」
    text = (HEADER + "* 激活时填邀请码\n三步：\n1) 在网上办卡；\n2) 在营业厅办卡，\n   由店员录入；\n3) 7 天内补填。\n\n"
            "* 首次充值\n- [ ] 新号码\n- [X] 填了邀请码\n  - 激活后 7 天内\n一次充满 2 000 ₸。\n\n- 首充 :: 一次性的充值\n")
    assert texts(cut(text)) == [
        ("section", "激活时填邀请码", "三步："),
        ("step", "在网上办卡", "在网上办卡；"),
        ("step", "在营业厅办卡，由店员录入", "在营业厅办卡，由店员录入；"),
        ("step", "7 天内补填", "7 天内补填。"),
        ("section", "首次充值", "新号码\n填了邀请码\n激活后 7 天内\n一次充满 2 000 ₸。\n首充：一次性的充值"),
    ]


def test_subtrees_org_does_not_export_are_left_out() -> None:
    text = (HEADER + "* 说明\n正文。\n** COMMENT 草稿\n没写完的。\n*** 草稿的细节\n也不导出。\n"
            "** 内部备注                                                       :noexport:\n只给编辑看。\n** 有效期\n30 天。\n")
    assert texts(cut(text)) == [("section", "说明", "正文。"), ("section", "有效期", "30 天。")]


@pytest.mark.parametrize("text", [
    # a mailing list's 「** 」 headings and 「* 」 bullets (holdout10's newsletter)
    "長期離開哈薩克\n\n** 本期目錄\n\n* 只離開 3 個月以內：什麼都不用做。\n* 超過半年：辦停機保號。\n",
    # a canned reply quoting Org's syntax in a sentence, no header
    "回复模板\n\n请在备注里写 #+TITLE: 之类的都不用管。\n* 注意：不要发验证码\n",
    # one keyword-like line and no heading
    "#+TITLE: 充值说明\n\n充值后五分钟到账。\n",
    # a drawer's opening line, never closed, under a bullet
    "* 资费\n:PROPERTIES:\n每天 500 ₸。\n",
])
def test_plain_text_is_not_taken_for_org(text: str) -> None:
    assert not is_org(text)


def test_an_ordinary_text_with_star_lines_reads_as_before() -> None:
    text = "漫游说明\n\n* 出发前开通漫游；\n* 到了以后重启手机。\n\n有问题打 *111#。\n"
    assert not is_org(text)
    assert texts(cut(text)) == [("section", "漫游说明", "出发前开通漫游；\n到了以后重启手机。\n有问题打 *111#。")]


@pytest.mark.parametrize("body, n", [
    (lambda n: "*a /b =c ~d +e _f [[g][ [fn:h] " * n, 800),                         # markup never closed, on one line
    (lambda n: "#+BEGIN_SRC\n:DRAWER:\n#+BEGIN:\n" * n, 1_000),                     # blocks and drawers never closed
    (lambda n: "".join(" " * (i % 200) + "- 项\n" for i in range(n)), 400),          # a list nested 200 deep
    (lambda n: "".join("*" * (i % 60 + 1) + f" 第{i}节 :t{i}:\n正文\n" for i in range(n)), 600),   # headings 60 deep
    (lambda n: "#+BEGIN_QUOTE\n" * n + "引文\n" + "#+END_QUOTE\n" * n, 1_000),       # quotes nested n deep
])
def test_hostile_org_is_read_quickly(body: Callable[[int], str], n: int) -> None:
    # a guard against a hang, not a speed target: the text at 4n (kept under ORG_MAX_CHARS, so that
    # Org is still what reads it) against the text at n, in the same run
    def read(text: str) -> str:
        source = Source("doc.txt", "doc", text, "markdown", "0")
        html, _ = render(source)
        parse_source(source)
        return html

    assert len(HEADER + body(4 * n)) < ORG_MAX_CHARS
    assert assert_linear(read, lambda size: HEADER + body(size), n)


def test_an_overlong_file_is_left_to_plain_text() -> None:
    huge = HEADER + "* 节\n段落 *粗* =码=\n\n" * (ORG_MAX_CHARS // 16)
    assert is_org(huge) and org_markdown(huge) is None
