"""The real knowledge base: its FAQ, its procedures and the absence of noise."""
from __future__ import annotations

from pathlib import Path

import pytest

from indexer.check import check_corpus, format_report
from indexer.fragment import parse_source
from indexer.load import load, load_corpus
from indexer.model import Fragment, Procedure, Source

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
TRAVEL = "kazakhstan-travel-sim-top-up.md"
DATA = "kazakhstan-data-sim-top-up.md"
NOISE = ["esim1088", "TG💪", "postimg", "Image", "https://i.", ".png", "[", "]", "**"]


def fragments(name: str) -> list[Fragment]:
    return parse_source(load(CORPUS / name, CORPUS))[1]


def test_travel_faq_gives_three_full_answers() -> None:
    faq = [f for f in fragments(TRAVEL) if f.path[1:2] == ("充值常见问题解答",)]
    assert [(f.type, f.title, f.text) for f in faq] == [
        ("qa", "充值后多久能到账？",
         "一般情况下，充值后几分钟内就能到账。但有时可能会因为网络延迟等原因导致到账时间稍长，建议耐心等待一段时间再检查余额。"),
        ("qa", "如果充值失败怎么办？", "如果充值失败，首先检查输入的充值码是否正确。如果仍然无法解决，可以联系运营商客服寻求帮助。"),
        ("qa", "是否支持多语言界面？",
         "是的，大部分运营商的官方网站和支持平台都支持多语言界面，包括中文、英文等。这样即使不懂俄语或哈萨克语，也能顺利完成操作。"),
    ]


def test_travel_offline_top_up_is_three_ordered_steps() -> None:
    steps = [f for f in fragments(TRAVEL) if f.procedure and f.procedure.title == "线下充值"]
    assert [(f.title, f.procedure) for f in steps] == [
        ("找到充值点", Procedure("线下充值", 1, 3)),
        ("购买充值卡", Procedure("线下充值", 2, 3)),
        ("输入充值码", Procedure("线下充值", 3, 3)),
    ]
    assert [f.order for f in steps] == sorted(f.order for f in steps)
    assert steps[2].text == (
        "购买充值卡后，回到手机上操作。打开拨号盘，输入以下代码以开始充值：\n"
        "对于Kcell：*111*\n对于Beeline：*100*\n对于Astelit（Tele2）：*151*\n"
        "接着按拨打键，系统会提示你输入充值码。将充值卡上的序列号输入进去，然后确认即可完成充值。"
    )
    assert steps[2].path == ("哈萨克斯坦远游卡怎么充值？一文详解充值流程", "充值远游卡的方法", "1. 线下充值", "（3）输入充值码")


def test_travel_online_url_verbatim() -> None:
    (step,) = [f for f in fragments(TRAVEL) if f.title == "访问官方网站"]
    assert "www.kcell.kz" in step.text and "www.beeline.kz" in step.text


@pytest.mark.parametrize(("name", "title"), [
    (TRAVEL, "哈萨克斯坦远游卡怎么充值？一文详解充值流程"),
    (DATA, "哈萨克斯坦上网卡怎么充值？轻松搞定你的网络烦恼"),
])
def test_titles_are_clean_and_noise_is_gone(name: str, title: str) -> None:
    frags = fragments(name)
    assert {f.article_title for f in frags} == {title}
    for fragment in frags:
        for noise in NOISE:
            assert noise not in fragment.text + fragment.title + "".join(fragment.path)
    # the bold title paragraph of the data-SIM article is not body text too
    assert not any(title in f.text for f in frags)


def test_data_sim_methods_are_sections() -> None:
    frags = fragments(DATA)
    assert [(f.type, f.title) for f in frags if f.path[1:2] == ("常见的充值方式",)] == [
        ("section", "实体营业厅充值"), ("section", "ATM或自助终端充值"),
        ("section", "线上充值平台"), ("section", "便利店或小商店"),
    ]
    assert frags[-1].text.endswith("祝大家都能拥有稳定的网络体验，畅享数字生活！")


@pytest.mark.parametrize("name", [TRAVEL, DATA])
def test_ids_unique_and_order_dense(name: str) -> None:
    frags = fragments(name)
    assert len({f.id for f in frags}) == len(frags)
    assert [f.order for f in frags] == list(range(len(frags)))


def test_ids_stable_when_another_section_is_edited() -> None:
    source = load(CORPUS / TRAVEL, CORPUS)
    edited_text = source.text.replace(
        "## 总结\n", "## 总结\n\n新增的一段说明。\n\n1. 新步骤一\n2. 新步骤二\n\n").replace(
        "远游卡是一种预付费的SIM卡", "远游卡（修改过）是一种预付费的SIM卡")
    edited = Source(source.path, source.article_id, edited_text, source.format, "edited")
    before = {f.id: f for f in parse_source(source)[1]}
    after = {f.id: f for f in parse_source(edited)[1]}
    unchanged = [i for i in before if not i.endswith(("#总结", "#什么是远游卡"))]
    assert [(after[i].title, after[i].text) for i in unchanged] == [(before[i].title, before[i].text) for i in unchanged]


def test_check_real_corpus() -> None:
    report = check_corpus(CORPUS)
    assert report.ok
    assert format_report(report) == (
        "kazakhstan-data-sim-top-up    qa=2 step=0 section=7\n"
        "kazakhstan-travel-sim-top-up  qa=5 step=11 section=9"
    )


def test_check_reports_problems(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text("# 好\n\n正文", "utf-8")
    (tmp_path / "untitled.md").write_text("只有正文", "utf-8")
    (tmp_path / "blank.html").write_text("<html><body><nav>菜单</nav></body></html>", "utf-8")
    (tmp_path / "bad.md").write_bytes(b"\x00\x01binary")
    report = check_corpus(tmp_path)
    assert not report.ok
    assert format_report(report).splitlines() == [
        "blank     qa=0 step=0 section=0",
        "good      qa=0 step=0 section=1",
        "untitled  qa=0 step=0 section=1",
        "ERROR blank.html: 空文章 / empty article (no fragments)",
        "ERROR blank.html: 没有标题 / no title (using the file name)",
        "ERROR untitled.md: 没有标题 / no title (using the file name)",
        "ERROR bad.md: 不是文本文件 / not a text file (NUL bytes)",
    ]
    assert load_corpus(tmp_path)[1][0].path == "bad.md"
