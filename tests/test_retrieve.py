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


def test_a_steps_procedure_is_read_from_its_neighbours_as_from_its_article(tmp_path):
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    steps = "\n".join(f"{i}. 第{i}个动作的说明" for i in range(1, 5))
    for name in ("a", "b", "c"):
        (corpus / f"{name}.md").write_text(f"# {name} 文章\n\n## 如何开通{name}\n\n{steps}\n\n## 其他\n\n说明。\n",
                                           encoding="utf-8")
    build_index(corpus, index_dir)
    (corpus / "b.md").write_text((corpus / "b.md").read_text(encoding="utf-8") + "\n补充。\n", encoding="utf-8")
    update_index(corpus, index_dir)            # b now lives in a new segment, its old copy deleted

    engine = Engine.open(index_dir)
    reader = engine.reader
    checked = 0
    for docnum in range(reader.doc_count_all()):
        data = reader.stored_fields(docnum)["data"]
        if reader.is_deleted(docnum) or not data.get("procedure"):
            continue
        assert engine._neighbour_steps(data, docnum) is not None
        assert engine._steps(data, docnum) == engine._steps(data)         # the article's own answer
        assert [s["index"] for s in engine._steps(data, docnum)] == [1, 2, 3, 4]
        checked += 1
    assert checked == 12
    # a document number that does not hold the step: the article is read instead
    data = next(reader.stored_fields(d)["data"] for d in range(reader.doc_count_all())
                if not reader.is_deleted(d) and reader.stored_fields(d)["data"].get("procedure"))
    assert engine._neighbour_steps(data, 0 if data["procedure"]["index"] > 1 else reader.doc_count_all() - 1) is None


def test_a_synonym_of_several_index_words_is_in_the_fragments_holding_them_all(tmp_path):
    # 「Wi-Fi」 is indexed as wi + fi: the synonym 「wi-fi」 of 无线网 is read as the fragments holding both,
    # and is known, so a reader's 无线网 finds the article that writes Wi-Fi
    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "hotel.md").write_text("# 酒店上网\n\n房间的 Wi-Fi 密码写在门卡套上。\n", encoding="utf-8")
    (corpus / "fi.md").write_text("# 芬兰\n\nFi 是芬兰的缩写，wi 不是。\n\n## 其他\n\n只有 wi 的一段。\n", encoding="utf-8")
    (corpus / "other.md").write_text("# 话费\n\n话费余额拨 *111# 查询。\n", encoding="utf-8")
    build_index(corpus, index_dir)
    engine = Engine.open(index_dir)
    both = engine.postings.ids("body", "wi-fi")
    assert {engine.reader.stored_fields(int(d))["data"]["article_id"] for d in both} == {"hotel", "fi"}
    assert engine.vocab.df("wi-fi") == min(engine.vocab.df("wi"), engine.vocab.df("fi")) > 0
    results = engine.search("无线网密码在哪里")["results"]
    assert results and results[0]["article"]["id"] == "hotel"
