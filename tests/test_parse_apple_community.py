"""Apple Support Community threads in the markup whose replies stand beside the question (holdout262), saved by the
browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def reply(name: str, text: str, footer: str = "") -> str:
    """One reply's card: the author line (name, level, date), the text, the footer."""
    return (f"<article class='thread-reply'><div class='author-info'><a class='author-name'>{name}</a><span "
            f"class='author-level'>等級 3</span><span class='post-date'>回覆時間：2026年11月8日</span></div>"
            f"<div class='post-body'><p>{text}</p></div><div class='post-footer'>{footer}"
            "<button class='helpful'>有幫助 (12)</button></div></article>")


def apple_page() -> str:
    """A solved thread: the question, the solution box, the replies (the chosen one's short copy among them)."""
    return ("<html><head><title>eSIM 轉不過去 - Apple 社群</title></head><body><main><div class='thread-layout'>"
            "<article class='thread-question'><div class='question-header'><span class='solved-badge'>已解決的問題"
            "</span><h1 class='thread-title'>換新 iPhone 後 eSIM 轉不過去</h1></div><div class='author-info'>"
            "<a class='author-name'>阿凱_kh</a><span class='post-date'>張貼時間：2026年11月8日</span></div>"
            "<div class='post-body'><p>兩支都不能打電話，怎麼辦？</p></div></article>"
            "<section class='solution-box'><h2 class='solution-title'>最佳解答</h2><div class='author-info'>"
            "<a class='author-name'>Lumi_Chen</a></div><div class='post-body'><p>用 App 重新發行：</p><ol>"
            "<li>記下新機的 EID。</li><li>在 App 輸入 EID。</li></ol><p class='view-in-context'><a>在對話串中查看內容"
            "</a></p></div></section><div class='replies-header'><h2>所有回覆</h2><span>3 則回覆</span></div>"
            + reply("tkchang", "兩支手機要放在 30 公分內。")
            + reply("Lumi_Chen", "（同最佳解答）請用 App 重新發行。", "<span class='solved-label'>✓ 最佳解答</span>")
            + reply("阿凱_kh", "謝謝，已經好了。")
            + "</div></main></body></html>")


def test_each_apple_reply_beside_the_question_is_a_part_by_its_writer() -> None:
    # holdout262: each reply was titled 「subject（回复）」 (a Simplified suffix on a Traditional thread), no writer kept
    frags = texts(cut(apple_page()))
    assert frags[0] == ("section", "換新 iPhone 後 eSIM 轉不過去", "兩支都不能打電話，怎麼辦？")
    assert ("section", "tkchang", "兩支手機要放在 30 公分內。") in frags
    assert ("section", "阿凱_kh（楼主）", "謝謝，已經好了。") in frags
    assert not any("（回复）" in title for _, title, _ in frags)


def test_the_apple_solution_box_is_the_first_reply_with_its_steps_and_its_copy_is_gone() -> None:
    frags = texts(cut(apple_page()))
    assert frags[1] == ("section", "Lumi_Chen", "用 App 重新發行：")
    assert [text for kind, _, text in frags if kind == "step"] == ["記下新機的 EID。", "在 App 輸入 EID。"]
    text = all_text(cut(apple_page()))
    assert "同最佳解答" not in text and "在對話串中查看內容" not in text
