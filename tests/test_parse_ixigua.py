"""A 西瓜视频 (Xigua Video) video page, saved by the browser: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def video(player: str = "xgplayer") -> str:
    """A video page: the player with its controls, title, stats line, uploader's line, description, chapters."""
    return (f"<html><body><div class='xg-video-page'><div class='videoPlayer'><div class='{player}'><video></video>"
            f"<div class='{player}-controls'>00:00 / 17:06</div></div></div>"
            "<div class='videoTitle'><h1>換完螢幕訊號就變爛</h1></div>"
            "<div class='videoDesc__videoStatics'><span>4.8萬次觀看</span><span>·</span><span>2026-11-15 發布</span>"
            "<span class='videoDesc__collect'>收藏 604</span></div>"
            "<div class='author-info'><a class='author-name' href='/home/1'>阿宏在哈薩克</a><span>粉絲 12.6萬</span></div>"
            "<div class='videoDesc__content'><h2>影片簡介</h2><p>換了副廠螢幕之後 4G 只剩一格。</p><h2>章節</h2>"
            "<ul class='chapter-list'><li class='chapter-item'><span class='chapter-time'>00:00</span>"
            "<span class='chapter-title'>開場：摔破螢幕</span></li><li class='chapter-item'><span class='chapter-time'>"
            "01:42</span><span class='chapter-title'>ЦУМ 維修攤位</span></li></ul></div></div></body></html>")


def test_a_xigua_videos_player_stats_and_uploader_are_no_text_and_chapters_keep_their_times_apart() -> None:
    # holdout195: 「00:00 / 17:06」 and the glued stats 「4.8萬次觀看·2026-11-15 發布收藏 604」 were a first fragment,
    # and each chapter's time ran into its title (「01:42ЦУМ 維修攤位」)
    assert texts(cut(video())) == [("section", "影片簡介", "換了副廠螢幕之後 4G 只剩一格。"),
                                   ("section", "章節", "00:00 開場：摔破螢幕\n01:42 ЦУМ 維修攤位")]


def test_xiguas_classes_without_its_player_are_read_as_they_were() -> None:
    assert "4.8萬次觀看" in all_text(cut(video(player="myplayer")))
