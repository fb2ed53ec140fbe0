"""A Jupyter notebook exported to HTML by nbconvert (the lab template, nbconvert 7).

Pure: no I/O. nbconvert writes the notebook as JupyterLab draws it: `<body class="jp-Notebook">` (with the
inline Pygments and JupyterLab CSS, require.js and the MathJax loader in the head), then each cell a
`div.jp-Cell`: a markdown cell (`jp-MarkdownCell`) an input area whose empty `jp-InputPrompt` stands beside
its rendered Markdown (`div.jp-MarkdownOutput`: headings with their 「¶」 anchor links, lists, tables,
quotes); a code cell (`jp-CodeCell`) an input area — the prompt 「In [3]:」 (`jp-InputPrompt`) beside the
highlighted source in a `<pre>` — over its outputs, each a `jp-OutputArea-child` of a prompt 「Out[3]:」
(`jp-OutputPrompt`, empty for printed text) and the output: printed text (`jp-RenderedText`, a `<pre>`,
`data-mime-type` the stream: text/plain or application/vnd.jupyter.stdout, application/vnd.jupyter.stderr
for warnings and tracebacks), a result's HTML (`jp-RenderedHTML`: a pandas DataFrame is a
`table.dataframe` whose first column is its index — 「0」 「1」 「2」 under an empty header cell), an image.

Read as a page (holdout66), the prompts were text (「In [1]:」 「Out[1]:」), the code was cut into passages
mid-statement between the prose, a cell's printed output ran into the next cell's code, the last code
cells ran into the FAQ's last answer, and the tables kept their index column and an empty first header.

`notebook_cells` reads the notebook as its reader does: the markdown cells are the text, and of a code
cell only what it showed — its tables and printed text — in the place of the cell, after the prose
before it. A code cell's source goes: it computed what the outputs show and answers nothing a reader asks
(kept, it was passages of column names and string literals — the USSD codes of the table it built —
competing with the table itself). So do the prompts, the collapsers and what went to stderr. A
DataFrame's index column goes when it only counts its rows (0, 1, 2…: pandas' default index), as a
line-number gutter does; a named index (row labels) stays. Detected strictly by nbconvert's lab
classes: `jp-Notebook`, `jp-Cell` and its prompts or rendered Markdown.
"""
from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader, table_rows

MARKS = ("jp-Notebook", "jp-Cell", "jp-InputPrompt")
_STDERR = "application/vnd.jupyter.stderr"


@site_reader(MARKS, gather_marks=True)
def notebook_cells(soup: BeautifulSoup) -> None:
    """Read an nbconvert lab export as its reader does (see the module's docstring): the code cells'
    sources, the prompts and stderr go, a DataFrame's counting index goes. A page of any other kind is
    unchanged. `marks` are the page's (html_text.page_marks)."""
    cells = soup.find_all("div", class_="jp-Cell")
    if not cells:
        return
    for cell in cells:
        if "jp-CodeCell" in cell.get("class", ()):
            for source in cell.find_all("div", class_="jp-Cell-inputWrapper"):
                source.decompose()
    for part in soup.find_all(class_=["jp-InputPrompt", "jp-OutputPrompt", "jp-Collapser"]):
        if not part.decomposed:
            part.decompose()
    for output in soup.find_all(attrs={"data-mime-type": _STDERR}):
        output.decompose()
    for table in soup.find_all("table", class_="dataframe"):
        _drop_counting_index(table)


def _drop_counting_index(table: Tag) -> None:
    """A DataFrame's first column when it only counts the rows from 0 (pandas' default index, drawn as
    each body row's leading `<th>`), with the header cells above it."""
    rows = table_rows(table)
    body = [row for row in rows if row.find_parent("thead") is None]
    leads = [row.find(["th", "td"], recursive=False) for row in body]
    if not body or not all(isinstance(lead, Tag) and lead.name == "th" and lead.get_text(strip=True) == str(number)
                           for number, lead in enumerate(leads)):
        return
    for row in rows:
        first = row.find(["th", "td"], recursive=False)
        if isinstance(first, Tag) and int(first.get("colspan", 1) or 1) == 1:
            first.decompose()
