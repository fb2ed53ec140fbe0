"""A Microsoft Teams channel its web app shows: each post a part under its subject, its replies a chat
answering it, no avatars, times, date dividers, reactions or composer."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Source


def _reply(number: int, author: str, text: str) -> str:
    return (f"<div data-tid='channel-replies-pane-message' id='message-{number}' role='listitem' class='reply-message "
            f"fui-ChatMessage'><div class='fui-ChatMessage__avatar'><span class='fui-Avatar'><span class='fui-Avatar__"
            f"initials'>{author[:2]}</span></span></div><div class='fui-ChatMessage__body'><div data-tid='reply-message-"
            f"header'><span id='author-{number}'>{author}</span><time data-tid='timestamp'>9/2 10:36</time></div>"
            f"<div data-tid='message-body'><div id='content-{number}'>{text}</div></div><div data-tid='channel-message-"
            "reaction-summary'><button class='ts-reaction-chip'>👍 <span>4</span></button></div></div></div>")


def _post(number: int, author: str, subject: str, text: str, replies: str) -> str:
    return ("<div class='message-date-divider' data-tid='message-date-divider' role='separator'><span>2025年9月2日"
            f"</span></div><div data-tid='channel-pane-message' id='message-{number}' role='group' class='channel-post'>"
            f"<div class='fui-ChatMessage'><div class='fui-ChatMessage__avatar'><span class='fui-Avatar'><span class="
            f"'fui-Avatar__initials'>{author[:2]}</span></span></div><div class='fui-ChatMessage__body'><div data-tid="
            f"'post-message-subheader' class='post-subheader'><span id='author-{number}'>{author}</span><span>车队·行政"
            "</span><time data-tid='timestamp'>9/2 10:15</time><span data-tid='message-edited'>已编辑</span></div>"
            f"<h2 class='fui-Text post-subject'>{subject}</h2><div data-tid='message-body' class='message-body'>"
            f"<div id='content-{number}'>{text}</div></div></div></div><div data-tid='channel-replies-pane' "
            f"class='replies-pane' role='list'>{replies}</div><div class='reply-box' data-tid='reply-btn'><button>↩ 回复"
            "</button></div></div>")


def page(posts: str) -> str:
    return ("<html><head><title>车辆管理 (中哈物流) | Microsoft Teams</title></head><body><header role='banner'>"
            "<button>搜索 (Ctrl+Alt+E)</button></header><nav><button>活动</button><button>聊天</button></nav>"
            "<main><div class='channel-header'><span class='fui-Avatar'>中哈</span><h2 data-tid='channelTitle-text'>"
            "车辆管理</h2><div role='tablist'><button role='tab'>帖子</button><button role='tab'>文件</button></div>"
            f"</div><div data-tid='channel-pane-runway' class='channel-pane-runway'>{posts}</div><div class='new-post-"
            "area'><button>✎ 开始帖子</button><div class='new-post-hint'>使用 @ 提及某人，发布后大家会收到通知。</div>"
            "</div></main></body></html>")


def test_a_teams_channels_posts_are_parts_by_subject_with_replies_answering_them() -> None:
    html = page(_post(1, "周海涛", "新车车机联网说明", "<div>每台车配一个随身 Wi-Fi。</div><div>第一次连：</div><ol>"
                      "<li>打开「WLAN」开关。</li><li>选 ZHKZ-Car-01。</li></ol>",
                      _reply(2, "王磊", "那导航怎么办？车机地图一片空白。")
                      + _reply(3, "周海涛", "车机地图没有路网数据，请用 2GIS。"))
                + _post(4, "王磊", "App 注册的 +86 号码能改成 +7 吗？", "<div>国内卡停了，收不到验证码。</div>", ""))
    frags = parse_source(Source("page.html", "page", html, "html", "0"))[1]
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", "新车车机联网说明", "每台车配一个随身 Wi-Fi。\n第一次连："),
        ("step", "打开「WLAN」开关", "打开「WLAN」开关。"), ("step", "选 ZHKZ-Car-01", "选 ZHKZ-Car-01。"),
        ("qa", "那导航怎么办？车机地图一片空白。", "车机地图没有路网数据，请用 2GIS。"),
        ("qa", "App 注册的 +86 号码能改成 +7 吗？", "国内卡停了，收不到验证码。")]
    assert frags[0].path == ("车辆管理", "新车车机联网说明")


def test_teams_class_names_alone_make_no_channel() -> None:
    html = ("<html><body><h1>帖子规则</h1><div class='channel-pane-runway' data-tid='x'><div class='fui-ChatMessage'>"
            "<p>发帖写主题。</p></div></div></body></html>")
    frags = parse_source(Source("page.html", "page", html, "html", "0"))[1]
    assert [(f.title, f.text) for f in frags] == [("帖子规则", "发帖写主题。")]
