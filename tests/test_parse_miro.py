"""A Miro board saved from its accessible text view: what a reader gets from it."""
from __future__ import annotations

from fragments import cut, texts


def board(note: str = "sticky-note") -> str:
    return ("<html><head><title>房车路由器复盘</title></head><body><main class='board-text-view'>"
            "<section class='frame'><h2 class='frame__title'>Went well 👍</h2>"
            f"<div class='{note}' data-color='green'><p>微信视频在路上基本不断。</p></div>"
            f"<div class='{note}' data-color='green'><p>外置天线让营地里的速度提到 15–20 Mbps。</p></div>"
            "<div class='connector' data-from='sticky-1' data-to='sticky-2'>"
            "<span class='connector__label'>连接线：「视频不断」→「外置天线」</span></div></section>"
            "<section class='frame'><h2 class='frame__title'>客人常问</h2>"
            f"<div class='{note}' data-color='light_blue'><p>问：流量剩多少怎么看？</p><p>答：登录 192.168.0.1 的首页。</p></div>"
            "</section></main></body></html>")


def test_a_miro_boards_sticky_notes_are_passages_of_their_own() -> None:
    # holdout194: every note of a frame glued into one passage, the connector's label ending the last note
    assert texts(cut(board())) == [
        ("section", "Went well 👍", "微信视频在路上基本不断。"),
        ("section", "Went well 👍", "外置天线让营地里的速度提到 15–20 Mbps。"),
        ("section", "Went well 👍", "连接线：「视频不断」→「外置天线」"),
        ("qa", "流量剩多少怎么看？", "登录 192.168.0.1 的首页。")]


def test_a_page_without_miros_sticky_notes_is_left_alone() -> None:
    assert len([f for f in cut(board(note="note")) if f.title == "Went well 👍"]) == 1
