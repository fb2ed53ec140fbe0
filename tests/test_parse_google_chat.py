"""A Google Chat space as its web app shows it, saved by the browser: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def message(author: str, time: str, text: str, *, reactions: str = "", replies: str = "", topic: str = "") -> str:
    """A message as the web app lists one: a topic (`topic` its id) or a reply, with its author line,
    text, reaction row and thread."""
    opened = f'<div class="Zc1Emd QIJiHb" role="listitem" data-topic-id="{topic}">' if topic \
        else '<div class="Zc1Emd" role="listitem">'
    row = "".join(f'<span class="pRkMUb" aria-label="{count} 人用 {emoji} 回应">{emoji} {count}</span>'
                  for emoji, count in (pair.split() for pair in reactions.split(",") if pair))
    return (f'{opened}<div class="oGsu4"><span class="njhDLd">{author}</span><span class="FvYVyf">{time}</span></div>'
            f'<div class="DTp27d">{text}</div>' + (f'<div class="Ulzpvb">{row}</div>' if row else "")
            + replies + '</div>')


def thread(*replies: str) -> str:
    return (f'<div class="ApRMfd" role="region" aria-label="会话串"><span class="KPjzHc">{len(replies)} 条回复</span>'
            + "".join(replies) + '</div>')


def space(*items: str) -> str:
    """The web app's page: the Google bar, the sidebar, the space's header and tabs, the pinned bar, the list, the composer."""
    return ('<!DOCTYPE html><html lang="zh-CN"><head><title>门禁卡补办 · 宿舍行政 - Google Chat</title></head>'
            '<body><div class="gb_Ua" role="banner"><form role="search"><input placeholder="在聊天中搜索"></form></div>'
            '<div role="navigation" aria-label="侧边栏"><div class="Sj1Vyf" role="heading">聊天室</div>'
            '<ul><li>门禁卡补办</li></ul></div><div role="main"><div class="nF6pT" role="heading" aria-level="1">'
            '<span class="njhDLd">门禁卡补办</span><span class="wpv2cb">5 位成员</span>'
            '<div class="uArJ5e"><span>聊天</span><span>文件</span></div></div>'
            '<div role="region" aria-label="置顶"><span class="eb9lnc">已置顶 1 条消息</span></div>'
            '<c-wiz><div class="zI1b3c" role="list" aria-label="消息列表">'
            '<div class="DvKuFf" role="heading">11月10日 星期一</div>' + "".join(items)
            + '</div></c-wiz><div role="form"><div contenteditable="true" data-placeholder="发消息"></div>'
            '<span class="zOPr2c">历史记录已开启</span></div></div></body></html>')


def test_a_space_reads_as_its_topics_each_thread_answering_its_question() -> None:
    # read as a page, each reaction row (「👍 5」) was a heading that cut the conversation at the
    # reactions, its emoji lost (a part titled 「5✅ 2」); the header, tabs, pinned bar, date dividers,
    # author lines 「李娜上午 9:12」 and 「1 条回复」 were text; now each topic is a part of the space
    # (its name in full, from the <title>) and a reply answers the question its topic asks
    page = space(
        message("李娜", "上午 9:12", "<p>门禁卡丢了怎么补办？押金要重新交吗？</p>", topic="Ab1",
                reactions="👍 5,✅ 2",
                replies=thread(message("王磊", "上午 9:20", "去物业前台登记，押金 2 000 ₸ 要重交。",
                                       reactions="🙏 3"),
                               message("张伟", "上午 9:31", "补充：前台周六上午也开。"))),
        '<div class="DvKuFf" role="heading">11月12日 星期三</div>',
        message("王磊", "下午 2:05", "<p>本周五 14:00–16:00 门禁系统升级，期间请走东门。</p>", topic="Ck2",
                reactions="👀 1"))
    assert texts(cut(page)) == [
        ("qa", "门禁卡丢了怎么补办？押金要重新交吗？", "去物业前台登记，押金 2 000 ₸ 要重交。\n补充：前台周六上午也开。"),
        ("section", "门禁卡补办 · 宿舍行政", "本周五 14:00–16:00 门禁系统升级，期间请走东门。"),
    ]


def test_a_topic_s_steps_are_titled_by_the_space_not_cut_at_its_reactions() -> None:
    # the topic's <ol> is its steps; the replies after its reaction row stay with the topic, and
    # neither the reaction counts nor the reply count are text of anything
    page = space(message("李娜", "上午 9:12", "<p>补办步骤：</p><ol><li>到前台填表。</li><li>交押金。</li></ol>",
                         topic="Ab1", reactions="👍 5",
                         replies=thread(message("王磊", "上午 9:20", "周末前台开门吗？"),
                                        message("李娜", "上午 9:31", "周六上午开。"))))
    frags = cut(page)
    assert [(f.type, f.title) for f in frags][:2] == [("step", "到前台填表"), ("step", "交押金")]
    assert ("qa", "周末前台开门吗？", "周六上午开。") in texts(frags)
    words = all_text(frags)
    for chrome in ("👍", "5 位成员", "条回复", "已置顶", "11月10日", "上午 9:12", "历史记录已开启", "聊天文件"):
        assert chrome not in words


def test_a_page_without_chat_s_message_markup_is_left_alone() -> None:
    # a page that merely uses a listitem with a topic id is no space: its heading still titles it
    page = ('<html><body><h2>门禁卡</h2><div role="listitem" data-topic-id="x"><p>去前台补办。</p></div>'
            '</body></html>')
    assert texts(cut(page)) == [("section", "门禁卡", "去前台补办。")]
