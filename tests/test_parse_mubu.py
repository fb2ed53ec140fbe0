"""An outline exported from 幕布 (Mubu) as HTML (indexer/sites/mubu.py): read as Mubu shows it."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Fragment, Source

FOOTER = ("<div class='publish'>本文档由 <a href='https://mubu.com/?s=export'>幕布文档</a> 导出 · mubu.com"
          " · 极简大纲笔记</div>")


def node(text: str, *children: str, note: str = "", editor: str = "mm-editor") -> str:
    """One li.node as Mubu writes it: its text, its note, its children."""
    html = f"<li class='node'><div class='content {editor}'><span>{text}</span></div>"
    if note:
        html += f"<div class='note {editor}'><span>{note}</span></div>"
    if children:
        html += f"<div class='children'><ul>{''.join(children)}</ul></div>"
    return html + "</li>"


def page(*nodes: str, title: str = "路边卡整理") -> str:
    return (f"<html><head><title>{title}</title></head><body><div class='title'>{title}</div>"
            f"<ul class='node-list'>{''.join(nodes)}</ul>{FOOTER}</body></html>")


def cut(html: str) -> list[Fragment]:
    return parse_source(Source("mubu.html", "mubu", html, "html", "0"))[1]


def test_the_nesting_titles_the_parts_and_a_node_after_sub_parts_is_its_parts_again() -> None:
    frags = cut(page(
        node("这份是群里的整理。"),
        node("<span class='bold'>用别人名下的卡有什么风险</span>",
             node("<span class='bold'>风险 1：号码随时被停</span>", node("运营商定期核查，没通过就先限制呼出。")),
             node("<span class='bold'>风险 2：主人能把号码拿回去</span>", node("登记人补一张卡，你这张当场失效。")),
             node("风险都一样：营业厅只认登记人的证件。")),
        node("<span class='bold'>在哪儿买卡最安全</span>", node("运营商自己的营业厅。"))))
    assert [(f.title, f.text) for f in frags] == [
        ("路边卡整理", "这份是群里的整理。"),
        ("风险 1：号码随时被停", "运营商定期核查，没通过就先限制呼出。"),
        ("风险 2：主人能把号码拿回去", "登记人补一张卡，你这张当场失效。"),
        ("用别人名下的卡有什么风险", "风险都一样：营业厅只认登记人的证件。"),
        ("在哪儿买卡最安全", "运营商自己的营业厅。")]
    assert frags[1].path == ("路边卡整理", "用别人名下的卡有什么风险", "风险 1：号码随时被停")
    assert all("幕布" not in f.text for f in frags)


def test_a_node_leading_a_list_is_a_paragraph_over_it_and_a_note_is_its_nodes() -> None:
    frags = cut(page(node(
        "<span class='bold'>推广员一般在哪儿卖卡</span>",
        node("他们说的话：“不要证件”“插上就能用”", note="这句是假的，外国人拿护照就能办卡。"),
        node("推广员分两种：",
             node("<span class='bold'>正规的：</span><span>当场扫描你的护照，号码登记在你名下</span>"),
             node("<span class='bold'>不正规的：</span><span>卡已经激活好了，一定登记在别人的证件上</span>")),
        node("需要带的证件", node("护照"), node("签证")))))
    assert [(f.type, f.title) for f in frags] == [("section", "推广员一般在哪儿卖卡")]
    assert frags[0].text.split("\n") == [
        "他们说的话：“不要证件”“插上就能用”", "这句是假的，外国人拿护照就能办卡。", "推广员分两种：",
        "正规的：当场扫描你的护照，号码登记在你名下", "不正规的：卡已经激活好了，一定登记在别人的证件上",
        "需要带的证件", "护照", "签证"]


def test_numbered_nodes_are_steps_without_their_typed_numbers() -> None:
    frags = cut(page(node(
        "<span class='bold'>已经在用路边卡的：先做这几件事（按顺序）</span>",
        node("1. 不要再用它收验证码，新账号都别绑它"),
        node("2. 先去营业厅办一张自己名下的新卡，再逐个换绑"),
        node("<span class='bold'>3.</span> 旧卡剪掉扔掉即可"))))
    assert [(f.type, f.text) for f in frags] == [
        ("step", "不要再用它收验证码，新账号都别绑它"),
        ("step", "先去营业厅办一张自己名下的新卡，再逐个换绑"),
        ("step", "旧卡剪掉扔掉即可")]
    assert {f.procedure.title for f in frags} == {"已经在用路边卡的：先做这几件事（按顺序）"}


def test_a_question_node_with_a_note_is_a_question_and_its_answer() -> None:
    frags = cut(page(node(
        "<span class='bold'>常见问题</span>",
        node("“送 50 GB”是真的吗？", note="一般是第一个月的促销流量。"),
        node("可以举报乱卖卡的人吗？", note="可以。打运营商客服。\n涉及诈骗的直接报 102。"))))
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("qa", "“送 50 GB”是真的吗？", "一般是第一个月的促销流量。"),
        ("qa", "可以举报乱卖卡的人吗？", "可以。打运营商客服。\n涉及诈骗的直接报 102。")]


def test_a_list_of_nodes_mubu_did_not_write_is_read_as_before() -> None:
    # the same markup without Mubu's editor (mm-editor) is an ordinary page's list
    html = page(node("常见问题", node("能退吗？", note="不能。", editor="rich"), editor="rich"), title="整理")
    frags = cut(html)
    assert [f.title for f in frags] == ["整理"]
    assert frags[0].text.startswith("常见问题\n")
