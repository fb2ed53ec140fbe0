"""A DingTalk (钉钉) document, as the browser saves it: a Slate editor's blocks under div.we-editor-content,
paragraphs div.we-paragraph, each list item a div.we-list with its list's kind and depth and its marker a span
of its own, callouts div.we-callout with their emoji in a span, and a comment panel under the document. What
a reader gets from it, fragment by fragment."""
from __future__ import annotations


from fragments import cut, texts


def leaf(body: str) -> str:
    return (f"<span data-slate-node='text'><span data-slate-leaf='true'><span data-slate-string='true'>{body}</span>"
            "</span></span>")


def para(body: str) -> str:
    return f"<div data-slate-node='element' class='we-paragraph' data-block-id='b'>{leaf(body)}</div>"


def item(kind: str, marker: str, body: str, level: int = 1) -> str:
    return (f"<div data-slate-node='element' class='we-list we-list-{kind}' data-list-type='{kind}' "
            f"data-list-level='{level}' data-block-id='l'><span class='we-list-marker' contenteditable='false'>"
            f"{marker}</span><div class='we-list-content'>{leaf(body)}</div></div>")


def heading(body: str) -> str:
    return f"<h2 data-slate-node='element' class='we-heading we-heading-h2' data-block-id='h'>{leaf(body)}</h2>"


def comment(name: str, text: str, quote: str = "", owner: bool = False, replies: str = "") -> str:
    tag = "<span class='doc-comment-tag'>文档所有者</span>" if owner else ""
    return (f"<div class='doc-comment-item'>" + (f"<div class='doc-comment-quote'>{quote}</div>" if quote else "")
            + f"<div class='doc-comment-main'><img class='avatar' alt=''><span class='doc-comment-author'>{name}</span>"
            f"{tag}<span class='doc-comment-time'>11月11日 09:15</span><div class='doc-comment-content'>{text}</div>"
            "<div class='doc-comment-ops'><span>回复</span><span>解决</span><span>···</span></div></div>"
            + (f"<div class='doc-comment-replies'>{replies}</div>" if replies else "") + "</div>")


def page(*blocks: str, comments: str = "") -> str:
    panel = ("<section class='doc-comment-panel' aria-label='评论'><div class='doc-comment-header'><span "
             "class='doc-comment-title'>评论</span><span class='doc-comment-count'>3</span><span "
             f"class='doc-comment-filter'>全部评论 ▾</span></div><div class='doc-comment-list'>{comments}</div>"
             "</section>") if comments else ""
    return ("<html><head><title>SIM 套餐怎么激活</title></head><body class='dt-docs'><header class='doc-header'><nav "
            "class='doc-breadcrumb'><a>知识库</a><a>通讯与网络</a></nav><span class='doc-save-status'>已保存到云端</span>"
            "<button>编辑</button><button>分享</button></header><main class='doc-main'><div class='doc-container'>"
            "<div class='doc-title-wrapper'><h1 class='doc-title'>SIM 套餐怎么激活</h1></div><div class='doc-meta'>"
            "<span>创建者：李娜</span><span>阅读 236</span></div><div class='we-editor-root'><div class='we-editor-content' "
            "data-slate-editor='true'>" + "".join(blocks) + "</div></div><div class='doc-footer-actions'><button>点赞 12"
            f"</button><button>收藏</button></div>{panel}</div></main></body></html>")


def test_dingtalk_ordered_items_are_steps_and_bulleted_items_a_list_without_their_drawn_markers() -> None:
    # read as it stood, every 「1.」 and 「•」 was a line of its own and the ordered items were no steps
    frags = cut(page(heading("二、怎么激活"), item("ordered", "1.", "先核对 SIM 卡。"), item("ordered", "2.", "装运营商的 App 激活。"),
                     item("ordered", "3.", "拨 *100# 查余额。"), heading("三、月费怎么算"),
                     item("bulleted", "•", "预付期从激活那天开始算。"), item("bulleted", "•", "30 天内必须激活。")))
    assert texts(frags) == [
        ("step", "先核对 SIM 卡", "先核对 SIM 卡。"), ("step", "装运营商的 App 激活", "装运营商的 App 激活。"),
        ("step", "拨 *100# 查余额", "拨 *100# 查余额。"),
        ("section", "月费怎么算", "预付期从激活那天开始算。\n30 天内必须激活。")]
    assert {f.procedure.title for f in frags if f.type == "step"} == {"怎么激活"}


def test_a_dingtalk_callout_after_a_list_is_a_passage_without_its_emoji() -> None:
    callout = ("<div class='we-callout' data-slate-node='element' data-block-type='callout' data-emoji='⚠️'>"
               "<span class='we-callout-emoji' contenteditable='false'>⚠️</span><div class='we-callout-content'>"
               + para("<strong>号码登记在激活人名下。</strong>") + para("不要替别人激活。") + "</div></div>")
    frags = cut(page(heading("二、怎么激活"), item("ordered", "1.", "先核对 SIM 卡。"), item("ordered", "2.", "装 App 激活。"),
                     callout))
    assert texts(frags)[-1] == ("section", "怎么激活", "号码登记在激活人名下。\n不要替别人激活。")
    assert texts(frags)[1] == ("step", "装 App 激活", "装 App 激活。")


def test_dingtalk_comments_are_the_documents_last_part_the_owners_answers_answering_them() -> None:
    # read as it stood, the comment panel ran into the last answer: 「评论全部评论 ▾」, the quotes, times,
    # 「回复解决···」 and 「文档所有者11月11日 10:02」 were text, the writers' names lost
    replies = comment("李娜", "可以免费换一张新卡，90 天内去营业厅。", owner=True)
    frags = cut(page(heading("六、常见问题"), para("有问题在下面评论。"),
                     comments=comment("张伟", "第 35 天才去，卡被收回了，能退钱吗？", quote="30 天内必须激活", replies=replies)
                     + comment("陈工", "补充：快递员会要求看证件，必须本人签收。")))
    assert texts(frags) == [
        ("section", "常见问题", "有问题在下面评论。"),
        ("section", "评论", "补充：快递员会要求看证件，必须本人签收。"),
        ("qa", "第 35 天才去，卡被收回了，能退钱吗？", "可以免费换一张新卡，90 天内去营业厅。")]


def test_dingtalk_marks_alone_change_nothing() -> None:
    # a page with the editor's paragraph class but no editor content is some other page's
    html = ("<html><body><h1>说明</h1><div class='we-paragraph'>1.</div><div class='we-paragraph'>先核对。</div>"
            "</body></html>")
    assert texts(cut(html)) == [("section", "说明", "1.\n先核对。")]
