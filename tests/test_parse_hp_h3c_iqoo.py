"""HP 支援's accordion FAQ, an H3C 典型配置举例 page's numbered steps over their commands and an iQOO 社区 thread, saved by
the browser: what a reader gets from them, fragment by fragment (holdout299)."""
from __future__ import annotations

from fragments import all_text, cut, texts


def test_an_hp_accordion_toggle_button_is_its_question() -> None:
    # holdout299: button.hp-accordion__toggle was dropped as a button and the answers ran into one 「常見問題」 section
    item = ("<div class='hp-accordion__item'><button class='hp-accordion__toggle' aria-expanded='false'>{}</button>"
            "<div class='hp-accordion__panel'><p>{}</p></div></div>")
    page = ("<html><body><main><h1>設定 Wi-Fi</h1><p>本文件適用於 DeskJet。</p><h2>常見問題</h2><div class='hp-accordion'>"
            + item.format("HP Smart 找不到印表機怎麼辦？", "確認無線指示燈仍在閃爍。")
            + item.format("更換密碼後要重新設定嗎？", "需要。印表機不會自動取得新密碼。")
            + "</div></main></body></html>")
    frags = texts(cut(page))
    assert ("qa", "HP Smart 找不到印表機怎麼辦？", "確認無線指示燈仍在閃爍。") in frags
    assert ("qa", "更換密碼後要重新設定嗎？", "需要。印表機不會自動取得新密碼。") in frags


def test_h3c_numbered_steps_keep_their_command_blocks() -> None:
    # holdout299: 「(1)…」 paragraphs each over a pre.Command were no procedure; each step's line was glued after the
    # commands of the step before it, and the fragments were cut between a step's line and its commands
    page = ("<html><body><main><h1>4G备份链路典型配置举例</h1><h2>1&nbsp; 简介</h2><p>本文档介绍备份链路。</p>"
            "<h3>4.2&nbsp; 配置步骤</h3>"
            "<p>(1)&nbsp; 配置主链路接口GE0/0的IP地址。</p><pre class='Command'>&lt;Router&gt; system-view\n"
            "[Router] interface gigabitethernet 0/0</pre>"
            "<p>(2)&nbsp; 配置APN模板。</p><pre class='Command'>[Router] apn profile 1\n[Router-apn-profile-1] apn cmnet</pre>"
            "<p>(3)&nbsp; 保存配置。</p><pre class='Command'>[Router] save</pre>"
            "<h3>4.3&nbsp; 验证配置</h3><p>执行display track 1。</p></main></body></html>")
    steps = [(title, text) for kind, title, text in texts(cut(page)) if kind == "step"]
    assert steps == [("配置主链路接口GE0/0的IP地址", "配置主链路接口GE0/0的IP地址。\n<Router> system-view\n"
                      "[Router] interface gigabitethernet 0/0"),
                     ("配置APN模板", "配置APN模板。\n[Router] apn profile 1\n[Router-apn-profile-1] apn cmnet"),
                     ("保存配置", "保存配置。\n[Router] save")]


def _iqoo_post(first: bool, name: str, badge: str, text: str, like: str = "") -> str:
    return (f"<div class='post-item{' post-first' if first else ''}'><div class='post-author'>"
            f"<img class='avatar' src='https://bbsavatar.iqoo.com/a.jpg' alt=''><a class='name' href='/user/1'>{name}</a>"
            f"{badge}<span class='post-time'>2026-10-22 10:03</span><span class='floor'>沙发</span></div>"
            f"<div class='post-content'>{text}</div>"
            + (f"<div class='post-actions'><a class='like'>点赞 {like}</a><a class='reply-btn'>回复</a></div>"
               if like else "") + "</div>")


def test_an_iqoo_thread_parts_its_posts_the_official_reply_first_and_a_quoted_question_heads_its_answer() -> None:
    # holdout299: the stat line opened the post, every writer was gone, and the official reply, a like counter, a
    # question and the quote of it ran on from the post's last paragraph, the answer to that question cut off alone
    page = ("<html><body><div class='iqoo-header'><ul class='nav-list'><li><a href='/'>首页</a></li></ul></div>"
            "<div class='thread-main'><div class='thread-head'><span class='thread-tag'>精华</span>"
            "<h1 class='thread-title'>Neo9 5G 老掉到 4G</h1><div class='thread-stat'><span class='view'>浏览 3.2万</span>"
            "<span class='reply'>回复 186</span></div></div>"
            + _iqoo_post(True, "夜雨听风Neo", "<span class='level'>Lv.6</span>", "<p>改成仅 SA 后稳了。</p>", "1024")
            + _iqoo_post(False, "kiki", "<span class='level'>Lv.4</span>", "<p>改成仅 SA 会不会更耗电？</p>")
            + _iqoo_post(False, "iQOO官方客服", "<span class='badge-official'>官方</span>",
                         "<p>没有 SA 覆盖时会回落到 4G。</p>", "312")
            + _iqoo_post(False, "夜雨听风Neo", "<span class='tag-lz'>楼主</span>",
                         "<div class='quote'><blockquote>kiki 发表于 2026-10-22 13:47<br>改成仅 SA 会不会更耗电？"
                         "</blockquote></div><p>反而少掉 4% 左右。</p>")
            + "</div></body></html>")
    assert [(f.title, f.text) for f in cut(page)] == [
        ("Neo9 5G 老掉到 4G", "改成仅 SA 后稳了。"), ("Neo9 5G 老掉到 4G（回复）", "没有 SA 覆盖时会回落到 4G。"),
        ("kiki", "改成仅 SA 会不会更耗电？"), ("改成仅 SA 会不会更耗电？", "反而少掉 4% 左右。")]
    assert not [chrome for chrome in ("浏览", "点赞", "发表于", "Lv.") if chrome in all_text(cut(page))]
