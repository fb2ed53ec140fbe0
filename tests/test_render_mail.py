"""E-mails saved as text (`.txt`)."""
from __future__ import annotations

import pytest

from indexer.render import mail_subject


@pytest.mark.parametrize("subject, title", [
    ("Fwd: RE: 关于 Kcell 云盘（Kcell Облако）的几个问题 [#KC-4471902]", "关于 Kcell 云盘（Kcell Облако）的几个问题"),
    ("回复：答复: 转发：Re[2]: 漫游资费", "漫游资费"),
    ("AW: WG: Roaming [Ticket#20461187]", "Roaming"),
    ("Отв: Пересл: Облако Beeline", "Облако Beeline"),
    ("轉寄：[旅哈简讯] 第 7 期｜出国前怎么开漫游", "出国前怎么开漫游"),
    ("FW: 发票 (#5521)", "发票"),
])
def test_a_subject_without_reply_and_forward_prefixes_and_ticket_tags(subject: str, title: str) -> None:
    assert mail_subject(subject) == title
