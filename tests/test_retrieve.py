"""search_app.retrieve: posting lists read a block at a time equal Whoosh's own reading."""
from __future__ import annotations

import numpy as np

from indexer.build import build_index, update_index
from search_app.engine import Engine


def test_posting_lists_span_blocks_and_skip_deleted_documents(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    for i in range(300):                       # 300 postings of 宽带: three Whoosh blocks of 128
        extra = "光纤" if i % 3 == 0 else "路由器"
        (corpus / f"a{i:03}.md").write_text(f"# 宽带说明{i}\n\n宽带和{extra}的说明第{i}篇。\n", encoding="utf-8")
    build_index(corpus, index_dir)
    for i in range(0, 300, 10):                # deletions live beside the old segment
        (corpus / f"a{i:03}.md").unlink()
    (corpus / "new.md").write_text("# 新宽带\n\n新的宽带文章。\n", encoding="utf-8")
    update_index(corpus, index_dir)

    engine = Engine.open(index_dir)
    reader = engine.reader
    assert any(leaf.has_deletions() for leaf, _ in reader.leaf_readers())
    for fieldname, term in [("body", "宽带"), ("body", "光纤"), ("body", "路由器")]:
        want = sorted(d for d in reader.postings(fieldname, term).all_ids())
        got = engine.postings.ids(fieldname, term)
        assert np.array_equal(np.sort(got), np.array(want, dtype=np.int32)), (fieldname, term)
    assert len(engine.postings.ids("body", "宽带")) == 300 - 30 + 1
