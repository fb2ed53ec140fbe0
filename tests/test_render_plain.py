"""Plain-text articles (`.txt`) as long as a careless export makes them: read in time linear in their length."""
from __future__ import annotations

import time

from indexer.render import drop_text_toc


def test_a_long_paragraph_is_looked_at_once_for_a_table_of_contents() -> None:
    # every line used to scan the rest of its paragraph for the entries of a contents list it
    # does not head: a 40 000-line paragraph took minutes; only a 目錄 / Contents line is looked
    # past now, and a real contents list still goes
    text = "普通的文字。\n" * 100_000
    began = time.perf_counter()
    assert drop_text_toc(text) == text
    assert time.perf_counter() - began < 5
    assert drop_text_toc("目錄\n\n一、資費\n二、問答\n\n" + text) == "\n" + text
