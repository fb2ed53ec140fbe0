"""Pandoc's footnotes (a Zettlr export, Quarto, any `pandoc -t html`): what a reader gets from them, fragment by
fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def pandoc_page() -> str:
    """A Zettlr / Pandoc export: a section citing a note in a paragraph, a procedure citing one in a step, the notes
    in `section#footnotes` at the end, and a note nobody cites."""
    ref = "<a href='#fn{0}' class='footnote-ref' id='fnref{0}' role='doc-noteref'><sup>{0}</sup></a>"
    note = ("<li id='fn{0}'><p>{1}<a href='#fnref{0}' class='footnote-back' role='doc-backlink'>↩︎</a></p></li>")
    return ("<html><head><meta name='generator' content='pandoc'><title>保号笔记</title></head><body>"
            "<header id='title-block-header'><h1 class='title'>保号笔记</h1></header>"
            f"<h2 id='a'>为什么号码会被收回</h2><p>连续 180 天没有付费操作就会被停用。{ref.format(1)} 单纯充值不算。</p>"
            f"<h2 id='b'>出发前的步骤</h2><ol><li>退订附加包。</li><li>充值 3 000 ₸ 作为余额。{ref.format(2)}</li></ol>"
            "<h2 id='c'>费用</h2><p>漫游短信每条 45 ₸。</p>"
            "<section id='footnotes' class='footnotes footnotes-end-of-document' role='doc-endnotes'><hr><ol>"
            + note.format(1, "Beeline 是 270 天，Kcell 是 90 天。") + note.format(2, "余额一年后清零。")
            + "</ol></section></body></html>")


def test_a_pandoc_footnote_is_read_after_the_block_citing_it() -> None:
    # holdout272: the Zettlr export's two notes were one part 「注释」 away from the sentences citing them
    frags = texts(cut(pandoc_page()))
    assert ("section", "为什么号码会被收回", "连续 180 天没有付费操作就会被停用。单纯充值不算。\nBeeline 是 270 天，Kcell 是 90 天。"
            ) in frags
    assert [title for _, title, _ in frags if title == "注释"] == []
    assert "↩" not in all_text(cut(pandoc_page()))


def test_a_pandoc_footnote_cited_in_a_step_ends_that_step() -> None:
    frags = texts(cut(pandoc_page()))
    steps = [text for kind, _, text in frags if kind == "step"]
    assert len(steps) == 2
    assert steps[1].startswith("充值 3 000 ₸ 作为余额。") and steps[1].endswith("余额一年后清零。")


def test_a_pandoc_footnote_nobody_cites_stays_in_the_notes_part() -> None:
    page = pandoc_page().replace("<ol><li id='fn1'>", "<ol><li id='fn9'><p>无人引用的注。</p></li><li id='fn1'>")
    frags = texts(cut(page))
    assert any(title == "注释" and "无人引用的注。" in text for _, title, text in frags)
    assert "Beeline 是 270 天" not in next(text for _, title, text in frags if title == "注释")
