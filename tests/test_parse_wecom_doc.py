"""A WeCom (企业微信) document (微文档) shared as a link, as the browser saves it: the document's own HTML
in div.melo-page-main between the share page's top bar, the knowledge base's catalogue, the 「大纲」 outline
pane and the comment panel (each comment's replies nested in it). What a reader gets from it, fragment by
fragment."""
from __future__ import annotations

from indexer.sites.blogs import COMMENTS_TITLE

from fragments import cut, texts


def comment(name: str, text: str, replies: str = "", reply: bool = False) -> str:
    kind = " wedoc-comment-item--reply" if reply else ""
    return (f"<li class='wedoc-comment-item{kind}'><div class='wedoc-comment-item__author'><img class='wedoc-avatar' "
            f"src='a.png' alt=''><span class='wedoc-comment-item__name'>{name}</span><span "
            f"class='wedoc-comment-item__time'>11月18日 08:05</span></div><div class='wedoc-comment-item__content'>"
            f"{text}</div>" + (f"<ul class='wedoc-comment-replies'>{replies}</ul>" if replies else "") + "</li>")


def page(body: str, comments: str = "", editor: str = "阿依古丽") -> str:
    panel = ("<section class='wedoc-comment-panel' aria-label='评论'><div class='wedoc-comment-panel__head'><span>"
             "全文评论</span><span class='wedoc-comment-panel__count'>4</span></div><ul class='wedoc-comment-list'>"
             f"{comments}</ul><div class='wedoc-comment-panel__login'>登录企业微信后参与评论</div></section>"
             ) if comments else ""
    return ("<html><head><title>拾获手机处理规范 - 企业微信文档</title></head><body class='wedoc-share-page'>"
            "<div id='app'><div class='wedoc-header' role='banner'><div class='wedoc-header__left'><a "
            "class='wedoc-header__logo' href='https://work.weixin.qq.com/'><span>企业微信</span></a>"
            "<span class='wedoc-header__title'>拾获手机处理规范</span><span class='wedoc-header__tag'>只读</span>"
            f"<div class='wedoc-header__status'>最近修改：11月17日 16:42 · {editor}</div></div>"
            "<div class='wedoc-header__right'><button data-action='comment'>评论 4</button><button>分享</button></div>"
            "</div><div class='wedoc-layout'><aside class='wedoc-kb-catalog'><ul class='wedoc-kb-tree'><li><a href='#'>"
            "外籍客人入住登记</a></li><li><a href='#'>拾获手机处理规范</a></li></ul></aside><main class='wedoc-main'>"
            "<div class='wedoc-outline' aria-label='文档大纲'><div class='wedoc-outline__title'>大纲</div><ul><li>"
            "一、第一时间</li><li>二、认领核实</li></ul></div><div class='wedoc-doc-container'><div class='melo-page "
            "melo-doc'><div class='melo-page-main'><h1 class='melo-title'>拾获手机处理规范</h1>"
            f"{body}</div></div></div>{panel}</main></div></div></body></html>")


BODY = ("<div class='melo-block melo-paragraph'><p>适用范围：大堂、餐厅和客房楼层拾获的手机。</p></div>"
        "<h2 class='melo-heading'>一、第一时间</h2><div class='melo-block melo-list'><ol><li><p>不关机、不拔 SIM 卡。"
        "</p></li><li><p>接上前台的充电线。</p></li></ol></div>"
        "<h2 class='melo-heading'>二、认领核实</h2><div class='melo-block melo-paragraph'><p>请领取人出示证件，"
        "只记录证件号后四位。</p></div>")

COMMENTS = (comment("马晨（夜班前台）", "充电线接口是老款 Micro-USB，抽屉里没有，怎么办？",
                    comment("阿依古丽", "工程部值班室有一盒各种接口的线，夜里可以去借。", reply=True))
            + comment("Данияр", "出租车司机送回来的手机，要给司机钱吗？",
                      comment("阿依古丽", "酒店不垫付，由客人自己决定是否感谢司机。", reply=True))
            + comment("王芳", "登记表已经换成新版了，记得用新的。"))


def test_the_outline_pane_is_no_text_of_the_introduction() -> None:
    frags = cut(page(BODY))
    assert texts(frags)[0] == ("section", "拾获手机处理规范", "适用范围：大堂、餐厅和客房楼层拾获的手机。")
    assert all("大纲" not in f.text for f in frags)


def test_a_question_the_last_editor_answered_in_a_reply_is_a_qa_of_the_comments() -> None:
    frags = [f for f in cut(page(BODY, COMMENTS)) if f.path[-1] == COMMENTS_TITLE]
    assert texts(frags) == [
        ("section", COMMENTS_TITLE, "登记表已经换成新版了，记得用新的。"),
        ("qa", "充电线接口是老款 Micro-USB，抽屉里没有，怎么办？", "工程部值班室有一盒各种接口的线，夜里可以去借。"),
        ("qa", "出租车司机送回来的手机，要给司机钱吗？", "酒店不垫付，由客人自己决定是否感谢司机。"),
    ]
    assert all("登录企业微信" not in f.text and "全文评论" not in f.text for f in cut(page(BODY, COMMENTS)))


def test_a_reply_by_someone_else_answers_nothing() -> None:
    frags = [f for f in cut(page(BODY, COMMENTS, editor="王芳")) if f.path[-1] == COMMENTS_TITLE]
    assert [f.type for f in frags] == ["section"]
    assert frags[0].text.splitlines()[:2] == ["充电线接口是老款 Micro-USB，抽屉里没有，怎么办？",
                                              "工程部值班室有一盒各种接口的线，夜里可以去借。"]


def test_the_documents_parts_are_read_as_they_show() -> None:
    assert texts(cut(page(BODY)))[1:] == [
        ("step", "不关机、不拔 SIM 卡", "不关机、不拔 SIM 卡。"),
        ("step", "接上前台的充电线", "接上前台的充电线。"),
        ("section", "认领核实", "请领取人出示证件，只记录证件号后四位。"),
    ]
