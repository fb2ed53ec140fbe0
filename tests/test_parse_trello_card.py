"""A Trello card's page, saved by the browser: what a reader gets from the card, fragment by fragment."""
from __future__ import annotations

from indexer.sites.blogs import COMMENTS_TITLE
from indexer.fragment import parse_source
from indexer.model import Fragment, Source
from indexer.sites.trello_card import ATTACHMENTS_TITLE

from fragments import texts


def cut(html: str) -> list[Fragment]:
    return parse_source(Source("card.html", "card", html, "html", "0"))[1]


def phenom(kind: str, initials: str, name: str, desc: str) -> str:
    """An activity card: the writer's initials, then a comment's text or another action's line, its date."""
    return (f"<div class='phenom mod-{kind}-type'><div class='phenom-creator'><div class='member' title='{name}'>"
            f"<span class='member-initials'>{initials}</span></div></div><div class='phenom-desc'><span "
            f"class='inline-member'><span class='u-font-weight-bold'>{name}</span></span>{desc}</div>"
            "<div class='phenom-meta quiet'><a class='date' href='#'>Nov 18 at 12:05 PM</a> · "
            "<a class='js-reply-to-action' href='#'>Reply</a></div></div>")


def comment(initials: str, name: str, *paragraphs: str) -> str:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return phenom("comment", initials, name, "<div class='comment-container'><div class='action-comment markeddown "
                  f"js-comment'><div class='current-comment js-friendly-links'>{text}</div></div></div>")


def checklist_item(text: str, done: bool, due: str = "") -> str:
    state = " checklist-item-state-complete" if done else ""
    due_badge = f"<span class='checklist-item-due'>{due}</span>" if due else ""
    return (f"<div class='checklist-item{state}'><div class='checklist-item-checkbox enabled'></div><div "
            f"class='checklist-item-details'><span class='checklist-item-details-text markeddown'>{text}</span>"
            f"{due_badge}</div></div>")


def card(activity: str) -> str:
    return (
        "<html><head><title>店铺电话挂上地图 | Trello</title><meta property='og:site_name' content='Trello'></head>"
        "<body><div id='trello-root'><div id='surface'><header data-testid='header-container'><a href='/'>Trello</a>"
        "<a class='header-btn' href='/login'>Log in</a></header><div class='board-header'><h1 class='board-header-btn-text'>"
        "拉面馆二店 · 开业筹备</h1><span class='board-header-btn'>Workspace: 丝路餐饮 KZ</span></div><div id='board' "
        "class='board-canvas'><div class='list-wrapper'><h2 class='list-header-name-assist'>待办</h2><span "
        "class='list-header-num-cards'>7 cards</span></div><div class='list-wrapper'><h2 class='list-header-name-assist'>"
        "进行中</h2><span class='list-header-num-cards'>4 cards</span></div></div></div>"
        "<div class='window-overlay'><div class='window' role='dialog'><div class='card-detail-window u-clearfix'>"
        "<div class='window-header'><div class='window-title'><h2 class='card-detail-title-assist js-title-helper' "
        "id='js-dialog-title'>店铺电话挂上地图</h2></div><div class='window-header-inline-content quiet js-current-list'>"
        "<p>in list <a href='#'>进行中</a></p></div></div><div class='window-main-col'><div class='card-detail-data'>"
        "<div class='card-detail-item'><h3 class='card-detail-item-header'>Members</h3><span class='member' title='王磊'>"
        "<span class='member-initials'>王</span></span></div><div class='card-detail-item card-detail-item-labels'><h3 "
        "class='card-detail-item-header'>Labels</h3><span class='card-label card-label-green'>营销</span><span "
        "class='card-label card-label-red'>开业前必须</span></div><div class='card-detail-item'><h3 "
        "class='card-detail-item-header'>Dates</h3><div class='card-detail-due-date-badge'>Nov 28 at 6:00 PM "
        "<span>due soon</span></div></div></div><div class='window-module'><div class='window-module-title'><h3>Description"
        "</h3><a class='js-edit-desc' href='#'>Edit</a></div><div class='description-content js-desc-content'><div "
        "class='current markeddown js-desc'><p>开业前要让顾客在地图上搜到我们。</p><h3>一、用哪个号码</h3><ul><li>"
        "不要用个人手机号。</li></ul></div></div></div><div class='window-module' data-testid='checklist-container'>"
        "<div class='window-module-title'><h3 class='checklist-title'>上线清单</h3><button>Delete</button></div><div "
        "class='checklist-progress'><span class='checklist-progress-percentage'>50%</span></div><div "
        "class='checklist-items-list'>" + checklist_item("办 Beeline 企业卡", True)
        + checklist_item("Google 视频验证", False, "Nov 26") + "</div><button>Add an item</button></div>"
        "<div class='window-module js-attachments-section'><h3>Attachments</h3><div class='attachment-thumbnail'><a "
        "class='attachment-thumbnail-preview' href='https://trello.com/a/dogovor.pdf'></a><p class='attachment-thumbnail-details'>"
        "<span class='attachment-thumbnail-name'>dogovor.pdf</span><span class='quiet'>Added Nov 13, 2026 · <a href='#'>"
        "Download</a> · <a href='#'>Delete</a></span></p></div></div><div class='window-module' "
        "data-testid='card-back-activity'><h3>Activity</h3><div class='js-list-actions'>" + activity + "</div></div></div>"
        "<div class='window-sidebar'><h3>Add to card</h3><a class='button-link' href='#'>Members</a><h3>Actions</h3>"
        "<a class='button-link' href='#'>Move</a></div></div></div></div></div></body></html>")


def test_a_trello_card_is_read_without_its_board_its_comments_its_last_part() -> None:
    # holdout70: the board's name titled the article, 「in list 进行中」 was the card title's only text, the board's
    # columns, members and dates were parts, the labels and attachments lost, and every comment's text lost
    activity = (comment("DB", "Daniyar B.", "视频要求一镜到底，2 分钟以内。")
                + comment("王", "王磊", "企业卡开着「Антиспам」，机器人来电被挂断。", "提醒：一天最多重试 3 次。")
                + phenom("move", "АН", "Айгерим", " moved this card from 待办 to 进行中")
                + comment("王", "王磊", "@aigerim_n 企业卡办好了，只要了 БИН、法人身份证和授权书。"))
    frags = cut(card(activity))
    assert texts(frags) == [
        ("section", "店铺电话挂上地图", "Labels: 营销 · 开业前必须\n开业前要让顾客在地图上搜到我们。"),
        ("section", "用哪个号码", "不要用个人手机号。"),
        ("section", "上线清单", "[x] 办 Beeline 企业卡\n[ ] Google 视频验证 · due Nov 26"),
        ("section", ATTACHMENTS_TITLE, "dogovor.pdf"),
        ("section", COMMENTS_TITLE, "视频要求一镜到底，2 分钟以内。\n企业卡开着「Антиспам」，机器人来电被挂断。"
                                    "提醒：一天最多重试 3 次。\n企业卡办好了，只要了 БИН、法人身份证和授权书。")]
    assert frags[0].path == ("店铺电话挂上地图",)


def test_trellos_card_markup_elsewhere_is_read_as_it_was() -> None:
    # (a page borrowing a class name, without the card's window: unchanged)
    page = ("<html><head><title>页</title></head><body><h1>页</h1><p>说明。</p><div class='window-main-col'>"
            "<h2 class='card-detail-title-assist'>卡</h2><p>正文。</p></div></body></html>")
    assert texts(cut(page)) == [("section", "页", "说明。"), ("section", "卡", "正文。")]
