"""A Jupyter notebook nbconvert exported to HTML (lab template): what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Fragment, Source


def markdown(html: str) -> str:
    return ('<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell"><div class="jp-Cell-inputWrapper" tabindex="0">'
            '<div class="jp-Collapser jp-InputCollapser jp-Cell-inputCollapser"></div><div class="jp-InputArea '
            'jp-Cell-inputArea"><div class="jp-InputPrompt jp-InputArea-prompt"></div><div class="jp-RenderedHTMLCommon '
            f'jp-RenderedMarkdown jp-MarkdownOutput" data-mime-type="text/markdown">{html}</div></div></div></div>')


def code(number: str, source: str, *outputs: str) -> str:
    return ('<div class="jp-Cell jp-CodeCell jp-Notebook-cell"><div class="jp-Cell-inputWrapper" tabindex="0">'
            '<div class="jp-Collapser jp-InputCollapser jp-Cell-inputCollapser"></div><div class="jp-InputArea '
            f'jp-Cell-inputArea"><div class="jp-InputPrompt jp-InputArea-prompt">In [{number}]:</div>'
            '<div class="jp-CodeMirrorEditor jp-Editor jp-InputArea-editor" data-type="inline"><div class="cm-editor '
            f'cm-s-jupyter"><div class="highlight hl-ipython3"><pre><span></span>{source}</pre></div></div></div></div></div>'
            + ('<div class="jp-Cell-outputWrapper"><div class="jp-Collapser jp-OutputCollapser jp-Cell-outputCollapser">'
               '</div><div class="jp-OutputArea jp-Cell-outputArea">' + "".join(outputs) + '</div></div>' if outputs else "")
            + '</div>')


def result(number: str, html: str) -> str:
    return (f'<div class="jp-OutputArea-child jp-OutputArea-executeResult"><div class="jp-OutputPrompt '
            f'jp-OutputArea-prompt">Out[{number}]:</div><div class="jp-RenderedHTMLCommon jp-RenderedHTML '
            f'jp-OutputArea-output jp-OutputArea-executeResult" data-mime-type="text/html"><div>{html}</div></div></div>')


def printed(text: str, stream: str = "text/plain") -> str:
    return ('<div class="jp-OutputArea-child"><div class="jp-OutputPrompt jp-OutputArea-prompt"></div>'
            f'<div class="jp-RenderedText jp-OutputArea-output" data-mime-type="{stream}"><pre>{text}</pre></div></div>')


def dataframe(index: list[str], index_name: str = "") -> str:
    rows = [("Kcell", "50 ₸/次"), ("Beeline", "免费")]
    head = ('<thead><tr style="text-align: right;"><th></th><th>运营商</th><th>手续费</th></tr>'
            + (f'<tr><th>{index_name}</th><th></th><th></th></tr>' if index_name else "") + '</thead>')
    body = "".join(f"<tr><th>{label}</th><td>{a}</td><td>{b}</td></tr>" for label, (a, b) in zip(index, rows))
    return f'<table border="1" class="dataframe">{head}<tbody>{body}</tbody></table>'


def notebook(*cells: str) -> str:
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>data_gift_compare</title>'
            '<style>.jp-Cell{}</style></head><body class="jp-Notebook" data-jp-theme-light="true"><main>'
            + "".join(cells) + '</main></body></html>')


def cut(html: str) -> list[Fragment]:
    return parse_source(Source("nb.html", "nb", html, "html", "0"))[1]


def test_a_notebook_is_its_prose_and_what_its_code_showed() -> None:
    # read as a page, 「In [1]:」 and 「Out[1]:」 were text, the code was cut into passages between the prose,
    # printed text ran into the next cell's code, the table kept pandas' index (「0 |」) under an empty
    # header cell, and the last code cell ran into the FAQ's last answer
    frags = cut(notebook(
        markdown('<h1 id="t">流量转赠<a class="anchor-link" href="#t">¶</a></h1><p>三家的规则整理成表。</p>'),
        markdown('<h2 id="r">1. 手续费<a class="anchor-link" href="#r">¶</a></h2><p>每次送出收的钱：</p>'),
        code("1", 'rules = pd.DataFrame([{"运营商": "Kcell", "手续费": "50 ₸/次"}])\nrules',
             result("1", dataframe(["0", "1"]))),
        code("2", 'print("Kcell 每月最多送 10 GB")', printed("Kcell 每月最多送 10 GB"),
             printed("FutureWarning: use observed=False", "application/vnd.jupyter.stderr")),
        markdown('<h2 id="f">2. 常见问题<a class="anchor-link" href="#f">¶</a></h2>'
                 '<p><strong>问：送出去能要回来吗？</strong>\n答：不能撤回。</p>'),
        code("3", 'plans.to_csv("data_gift_compare.csv", index=False)'),
        code(" ", " ")))
    assert [(f.type, f.title, f.text) for f in frags] == [
        ("section", "流量转赠", "三家的规则整理成表。"),
        ("section", "手续费", "每次送出收的钱：\n运营商 | 手续费\nKcell | 50 ₸/次\nBeeline | 免费\nKcell 每月最多送 10 GB"),
        ("qa", "送出去能要回来吗？", "不能撤回。"),
    ]


def test_a_dataframes_named_index_is_a_column_of_labels() -> None:
    # an index of row labels (df.set_index("套餐")) says what each row is: it stays
    frags = cut(notebook(markdown("<h1>套餐</h1><p>各家的手续费：</p>"),
                         code("1", "df", result("1", dataframe(["Plus 35", "40 ГБ"], "套餐")))))
    assert "Plus 35 | Kcell | 50 ₸/次" in frags[0].text


def test_notebook_classes_alone_make_no_notebook() -> None:
    # a page without nbconvert's prompts keeps a table's counting column and its code
    html = notebook(markdown("<h1>表</h1><p>说明。</p>" + dataframe(["0", "1"]))).replace("jp-InputPrompt", "prompt")
    assert "0 | Kcell | 50 ₸/次" in cut(html)[0].text
