"""NodeSeek threads, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts

NODESEEK = "https://www.nodeseek.com/static/js/main.3e8b0d25.js"


def post(floor: int, writer: str, body: str, poster: bool = False) -> str:
    """One post of the thread as NodeSeek draws it: the meta line, the text, the menu."""
    badge = "<span class='is-poster'>楼主</span>" if poster else ""
    return (f"<li class='content-item' id='{floor}'><div class='nsk-content-meta-info'><div class='avatar-wrapper'>"
            f"<img class='avatar-normal' src='/avatar/1.png'></div><div class='author-info'><a class='author-name'>"
            f"{writer}</a>{badge}<span class='user-level'>Lv 4</span></div><div class='content-info'><a "
            f"class='floor-link'>#{floor}</a><time>7天前</time></div></div><article class='post-content'>{body}"
            "</article><div class='comment-menu'><span class='menu-item like'>点赞 9</span><span class='menu-item'>"
            "鸡腿 3</span><span class='menu-item'>引用</span><span class='menu-item'>回复</span></div></li>")


def thread_page(assets: str = NODESEEK) -> str:
    """A thread: the opening post with h2s, a table and steps; a reader's question the poster answers quoting it, a
    tip, a second question the poster answers right below it, a last tip."""
    return ("<html><head><title>[经验] 海外号保号 - 日常 - NodeSeek</title></head><body><div id='nsk-head'><ul "
            "class='head-nav'><li><a>日常</a></li><li><a>技术</a></li></ul><a class='btn'>登录</a></div>"
            "<div id='nsk-body'><div class='nsk-left-panel'><div class='nsk-post-wrapper'><div class='post-title'>"
            "<h1><a class='post-title-link'>[经验] 海外号保号成本</a></h1><div class='post-category'><a>日常</a>"
            "<span class='post-view'>浏览 3,412</span><span class='post-comment'>评论 4</span></div></div>"
            "<ul class='comments'>"
            + post(0, "咸鱼", "<p>整理一下保号成本。</p><h2>成本对比</h2><table><tr><th>号码</th><th>年成本</th></tr>"
                   "<tr><td>giffgaff</td><td>约 ¥6</td></tr><tr><td>Ultra</td><td>约 ¥259</td></tr></table>"
                   "<h2>转 eSIM 步骤</h2><ol><li>登录官网，点「Manage my SIM」。</li><li>选择「Switch to an eSIM」。</li>"
                   "<li>安装 eSIM。</li></ol>", poster=True)
            + post(1, "BGP小能手", "<p>请教一下，漫游发保号短信扣多少？我怕按国际短信扣。</p>")
            + post(2, "咸鱼", "<blockquote><p>@BGP小能手 漫游发保号短信扣多少？</p></blockquote><p>£0.30 一条。</p>",
                   poster=True)
            + post(3, "甲骨文", "<p>补充一个坑：要手动选 CHN-UNICOM。</p>")
            + post(4, "rain_vps", "<p>Ultra 能不能一次充一年？</p>")
            + post(5, "咸鱼", "<p>可以，一次最多充 $100。</p>", poster=True)
            + post(6, "小鸡", "<p>3HK 收短信免费。</p>")
            + "</ul><div class='comment-box-wrapper'><p class='login-tip'>请 <a>登录</a> 后发表评论</p></div></div></div>"
            "<div class='nsk-right-panel'><div class='nsk-panel hot-posts'><h4>热门帖子</h4><ul><li><a>黑五大促</a></li>"
            f"</ul></div></div></div><script src='{assets}'></script></body></html>")


def test_a_nodeseek_thread_keeps_its_title_headings_table_and_steps() -> None:
    # holdout300: the h1 was lost (every fragment 「评论」), the h2s, the table and the <ol> flattened into one run
    frags = cut(thread_page())
    assert frags[0].path[0] == "[经验] 海外号保号成本"
    assert ("section", "成本对比", "号码 | 年成本\ngiffgaff | 约 ¥6\nUltra | 约 ¥259") in texts(frags)
    assert [title for kind, title, _ in texts(frags) if kind == "step"] == [
        "登录官网，点「Manage my SIM」", "选择「Switch to an eSIM」", "安装 eSIM"]
    assert "评论" not in {f.title for f in frags}


def test_nodeseek_replies_are_parts_in_page_order_and_the_posters_answers_qas() -> None:
    # holdout300: the tips #3 and #6 were glued to the opening post's tail, before the Q&As
    frags = texts(cut(thread_page()))
    replies = frags[[kind for kind, _, _ in frags].index("step") + 3:]
    assert replies == [
        ("section", "BGP小能手", "请教一下，漫游发保号短信扣多少？我怕按国际短信扣。"),
        ("qa", "请教一下，漫游发保号短信扣多少？", "£0.30 一条。"),
        ("section", "甲骨文", "补充一个坑：要手动选 CHN-UNICOM。"),
        ("section", "rain_vps", "Ultra 能不能一次充一年？"),
        ("qa", "Ultra 能不能一次充一年？", "可以，一次最多充 $100。"),
        ("section", "小鸡", "3HK 收短信免费。"),
    ]
    text = all_text(cut(thread_page()))
    for chrome in ("点赞", "鸡腿", "引用", "楼主", "Lv 4", "#2", "7天前", "浏览", "热门帖子", "后发表评论", "@BGP小能手"):
        assert chrome not in text


def test_nodeseek_classes_without_its_assets_are_not_read_as_a_nodeseek_thread() -> None:
    look_alike = texts(cut(thread_page(assets="/js/forum.js")))
    assert ("section", "BGP小能手", "请教一下，漫游发保号短信扣多少？我怕按国际短信扣。") not in look_alike
