"""Read a BBS post's web view (PTT's www.ptt.cc, and the mirrors that copy its markup) as its reader sees it.

Pure: no I/O. The web view shows a post as the terminal does: its header fields laid out as
`article-metaline` divs (作者, 看板, 標題, 時間), then the body as plain text with its line
breaks — colours in `<span>`s, links in `<a>` — then the signature and the site's lines
(「※ 發信站: 批踢踢實業坊(ptt.cc)」) and the readers' one-line comments, the pushes
(`<div class="push">`: 推/→/噓, user id, text, IP and time). Read as a web page, the topbar's
logo titled the post, the body's rule lines, part titles and numbered lines were one paragraph,
and the signature, the site's lines and the pushes (ids, IPs and times) ran into the last
answer. `bbs_post` puts the post in the page's place as an `<article>`: the 標題 field as its
title, the body read by the plain-text reader (`render`, as a `.txt` article is), and the pushes
after it, a reader's question answered by the post's author in the next push as a Q&A.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag

from indexer.html_text import site_reader
from indexer.model import Source
from indexer.render import render
from indexer.render_text import HEADING_MAX

_TITLE_FIELDS = frozenset({"標題", "标题"})
_AUTHOR_FIELDS = frozenset({"作者"})
# the pushes' part: its name, not the subject's (a subject that asks would make the remarks its answer)
PUSHES_TITLE = "推文"
# 「Re: 」「Fw: 」 (a reply, a post forwarded from another board), then the board's category tag
# 「[問題]」「［心得］」「【情報】」: no part of the subject a reader searches for
_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|回覆|回复)\s*[:：]\s*)+", re.IGNORECASE)
_REPLY = re.compile(r"re|回", re.IGNORECASE)
CATEGORY_TAG = re.compile(r"^\s*(?:\[[^\[\]]{1,8}\]|［[^［］]{1,8}］|【[^【】]{1,8}】)\s*(?=\S)")

# the body's layout, one line at a time
_SIGNATURE = re.compile(r"^--[ \t]*$")
SIGNATURE_LINES = 6          # the longest signature a post carries (pttbbs's MAX_SIGLINES)
_SITE_LINE = re.compile(r"^[ \t]*※[ \t]*(?:發信站|发信站)")
# the site's lines about the post, wherever they stand: where it was posted from, its address,
# its edits, where it was forwarded; and the line over a quoted post
_SYSTEM_LINE = re.compile(r"^[ \t]*(?:※[ \t]*(?:發信站|发信站|文章網址|文章网址|編輯|编辑|轉錄者|转录者|轉錄至|转录至"
                          r"|\[[ \t]*本文(?:轉錄|转录)自|引述)|◆[ \t]*From:|==>[ \t]*在.{1,60}的文章中提到)")
_QUOTE = re.compile(r"^[ \t]*[:：](?:[ \t]|$)")              # 「: 」 a quoted line; 「: : 」 a quote in it
_DEEP_QUOTE = re.compile(r"^[ \t]*[:：][ \t]*[:：](?:[ \t]|$)")
_INDENT = re.compile(r"^[ \t]*")
INDENT_MAX = 3               # deeper indentation would be a code block to Markdown; here it is layout
# a line of rule characters only, the box-drawing and full-width ones BBS writers type too
_RULE = re.compile(r"^[ \t]*([-=_~*＝—─━═～＿﹍▁])(?:[ \t]*\1){2,}[ \t]*$")
_PART = re.compile(r"^[ \t]*(?:[一二三四五六七八九十]{1,3}|[壹貳參肆伍陸柒捌玖拾]{1,3})[、．.]")
_NOT_A_TITLE = re.compile(r"[。！!：:；;，,、]$")    # a sentence; a question may title the part that answers it

# a push or a comment that asks: a question mark (not one inside an address), a question particle, 「請問」, 「想問」
ASKS = re.compile(r"？|\?(?![\w=&/%.-])|[嗎吗呢]|請問|请问|想問|想问")


@dataclass(frozen=True)
class Push:
    user: str
    text: str


@site_reader({"article-meta-tag"}, gather_marks=True)
def bbs_post(soup: BeautifulSoup) -> None:
    """Put a BBS post laid out as PTT's web view shows one in its page's place, as an `<article>`.
    `marks` are the page's (html_text.page_marks): a page without PTT's field tags is no post."""
    container = _post_container(soup)
    if container is None:
        return
    fields: dict[str, str] = {}          # field name (作者, 標題…) -> value
    for line in container.find_all(class_=_is_metaline):
        name, value = line.find(class_="article-meta-tag"), line.find(class_="article-meta-value")
        if name is not None and value is not None:
            fields.setdefault(name.get_text(strip=True), value.get_text(" ", strip=True))
    author = next((fields[f].split()[0] for f in _AUTHOR_FIELDS if fields.get(f, "").split()), "")
    title = next((fields[f] for f in _TITLE_FIELDS if fields.get(f)), "")
    pushes = [push for tag in soup.find_all("div", class_="push") if (push := _push(tag)) is not None]
    for tag in container.find_all(True):
        if tag.parent is not None and _not_text(tag):
            tag.decompose()
    for br in container.find_all("br"):
        br.replace_with("\n")
    body = post_text(container.get_text())
    page = [f"<h1>{html.escape(post_heading(title))}</h1>",
            # the post has one title: a line the reader takes for one titles a part
            re.sub(r"<(/?)h1\b", r"<\1h2", render(Source("post.txt", "post", body, "markdown", ""))[0]),
            pushes_html(pushes, author)]
    article = soup.new_tag("article")
    article.extend(list(BeautifulSoup("\n".join(page), "html.parser").contents))
    container.replace_with(article)


def _is_metaline(classes: str | list[str] | None) -> bool:
    """`article-metaline`, and `article-metaline-right` (看板, set right of 作者)."""
    names = classes.split() if isinstance(classes, str) else classes or []
    return any(name.startswith("article-metaline") for name in names)


def _not_text(tag: Tag) -> bool:
    """The fields, the pushes, scripts, and a link's preview (PTT's div.richcontent, an image)."""
    classes = tag.get("class") or []
    return tag.name in ("script", "style") or _is_metaline(classes) or "push" in classes \
        or (tag.name == "div" and not tag.get_text(strip=True))


def _post_container(soup: BeautifulSoup) -> Tag | None:
    """What holds the post: the element whose fields include a 標題 (PTT's #main-content).
    A page merely using one of the class names (a push box, a meta line) is no BBS post."""
    for name in soup.find_all(class_="article-meta-tag"):
        line = name.parent
        if name.get_text(strip=True) in _TITLE_FIELDS and isinstance(line, Tag) and _is_metaline(line.get("class")) \
                and line.find(class_="article-meta-value") is not None and isinstance(line.parent, Tag):
            return line.parent
    return None


def post_heading(title: str) -> str:
    """Return the heading a post's 標題 makes: its subject without the board's category tag, one
    「Re: 」 kept on a reply (the parser reads it as a forum reply's, 「subject（回复）」).

    >>> post_heading("Re: Re: [問題] 公寓頂樓要裝基地台？"), post_heading("Fw: [情報] 5G 資費"), post_heading("[公告]")
    ('Re: 公寓頂樓要裝基地台？', '5G 資費', '[公告]')
    """
    prefix = _SUBJECT_PREFIX.match(title)
    subject = title[prefix.end():] if prefix else title
    subject = CATEGORY_TAG.sub("", subject).strip() or subject.strip()
    return f"Re: {subject}" if prefix and _REPLY.search(prefix.group()) else subject


def post_text(text: str) -> str:
    r"""A post's body as plain text for the plain-text reader: without its signature, the site's
    lines and the post it replies to; its part titles as headings, its indentation as layout.

    The quoted post (「※ 引述《user》之銘言：」 over 「: 」 lines) is the question the reply
    answers, which its subject names: quoted whole above the reply it goes (it would be a passage
    matching the question without answering it); quoted piece by piece, each piece stays as the
    quotation that the text under it answers. A quote within the quote is older still and goes.

    >>> print(post_text("※ 引述《a (A)》之銘言：\n: 能量嗎？\n\n可以。\n=====\n一、費用\n=====\n"
    ...                 "      免費。\n--\n簽名\n--\n※ 發信站: 批踢踢實業坊(ptt.cc)"))
    <BLANKLINE>
    可以。
    <BLANKLINE>
    ## 一、費用
    <BLANKLINE>
       免費。
    """
    lines = _drop_quotes(_cut_signature(text.replace("\r\n", "\n").split("\n")))
    lines = [_layout(line) for line in lines if not _SYSTEM_LINE.match(line)]
    return "\n".join(_part_titles(lines))


def _cut_signature(lines: list[str]) -> list[str]:
    """Without the signature and what follows it. The site closes a post with 「--」 over its
    「※ 發信站」 line, and a signature (six lines at most) is set between two 「--」: the first
    「--」 that close to the site's line starts the end. Without the site's line, only a 「--」
    that close to the end of the text does; another 「--」 is the writer's rule."""
    end = next((i for i, line in enumerate(lines) if _SITE_LINE.match(line)), len(lines))
    for i, line in enumerate(lines[:end]):
        if _SIGNATURE.match(line) and sum(1 for rest in lines[i + 1:end]
                                          if rest.strip() and not _SIGNATURE.match(rest)) <= SIGNATURE_LINES:
            end = i
            break
    # another 「--」 is a rule the writer typed (the plain-text reader would cut a mail's signature there)
    return ["-----" if _SIGNATURE.match(line) else line for line in lines[:end]]


def _drop_quotes(lines: list[str]) -> list[str]:
    quoted = [bool(_QUOTE.match(line)) for line in lines]
    first = next((i for i, line in enumerate(lines)
                  if line.strip() and not quoted[i] and not _SYSTEM_LINE.match(line)), len(lines))
    if not any(quoted[first:]):
        return [line for i, line in enumerate(lines) if not quoted[i]]
    out: list[str] = []
    for i, line in enumerate(lines):
        if quoted[i]:
            inner = _QUOTE.sub("", line, count=1)
            if not _DEEP_QUOTE.match(line) and not _SYSTEM_LINE.match(inner):
                out.append("> " + inner.strip())
        elif out and out[-1].startswith("> "):
            out += ["", line]       # a line under a quotation is no part of it
        else:
            out.append(line)
    return out


def _layout(line: str) -> str:
    """Indentation capped below a code block's, any rule line one the plain-text reader knows
    (「~~~~」 would open a code fence)."""
    if _RULE.match(line):
        return "=" * 5
    indent = _INDENT.match(line).group().expandtabs(4)
    return " " * min(len(indent), INDENT_MAX) + line.lstrip(" \t")


def _part_titles(lines: list[str]) -> list[str]:
    """A line set between two rules (「=====⏎一、標準是多少？⏎=====」), or a part title
    (「二、…」) standing alone, heads the part under it — even when it asks: the part answers it."""
    def rule(i: int) -> bool:
        return 0 <= i < len(lines) and _RULE.match(lines[i]) is not None

    def blank(i: int) -> bool:
        return i < 0 or i >= len(lines) or not lines[i].strip() or rule(i)

    out = list(lines)
    for i, line in enumerate(lines):
        title = line.strip()
        if not title or len(title) > HEADING_MAX or _NOT_A_TITLE.search(title) or rule(i) or title.startswith(">"):
            continue
        if rule(i - 1) and rule(i + 1):
            out[i - 1] = out[i + 1] = ""
        elif not (_PART.match(line) and blank(i - 1) and blank(i + 1)):
            continue
        out[i] = f"## {title}"
    return out


def _push(tag: Tag) -> Push | None:
    user, content = tag.find(class_="push-userid"), tag.find(class_="push-content")
    if user is None or content is None:
        return None
    text = re.sub(r"^\s*[:：]\s*", "", content.get_text()).strip()
    return Push(user.get_text(strip=True), text) if text else None


def push_messages(pushes: list[Push]) -> list[Push]:
    """Consecutive pushes of one user as one message: PTT cuts a long comment into lines.

    >>> push_messages([Push("a", "要先"), Push("a", "預約"), Push("b", "推")])
    [Push(user='a', text='要先預約'), Push(user='b', text='推')]
    """
    messages: list[Push] = []
    for push in pushes:
        if messages and messages[-1].user == push.user:
            messages[-1] = Push(push.user, messages[-1].text + push.text)
        else:
            messages.append(push)
    return messages


def pushes_html(pushes: list[Push], author: str) -> str:
    """Return the pushes as a part after the post: readers' remarks, then the questions the
    post's author answered in the next push, each with its answer (PTT's way of asking the
    writer), without push tags, user ids, IPs and times.

    >>> print(pushes_html([Push("a", "推"), Push("b", "要本人在家嗎？"), Push("w", "要"), Push("c", "誰會信")], "w"))
    <h2>推文</h2>
    <p>推</p>
    <p>誰會信</p>
    <details><summary>問：要本人在家嗎？</summary><p>要</p></details>
    """
    messages = push_messages(pushes)
    return answered_html(PUSHES_TITLE, [(push.text, bool(author) and push.user == author) for push in messages])


def answered_html(title: str, replies: list[tuple[str, bool]], nested: frozenset[int] = frozenset()) -> str:
    """Replies under a post (`(text, by the post's author)` in order) as its part `title`: the
    readers' remarks, then each question a reader asked that the author answered in the very next
    reply, with that answer, as a Q&A (PTT's pushes, blogs' comments: `indexer.sites.blogs`). A reply whose
    index is in `nested` was set under the one before it: the author's reply answers that one, asking or not
    (Boosty's answer to a reader's hint: 「问过了，固定 IP 只卖给企业客户」). A reply its writer typed 「问：…」 and the
    very next one typed 「答：…」 are a question and its answer whoever wrote them (a GetCourse lesson's curator, whom
    the page does not badge as the author, holdout119): as remarks they were a 问/答 pair of paragraphs the
    parser read as a Q&A, with every remark after them glued to its answer."""
    from indexer.parse import ANSWER_PREFIX, QUESTION_PREFIX    # (parse imports this module)
    remarks: list[str] = []
    answered: list[tuple[str, str]] = []
    i = 0
    while i < len(replies):
        text, by_author = replies[i]
        if not by_author and i + 1 < len(replies) and replies[i + 1][1] \
                and (ASKS.search(text) or i + 1 in nested):
            answered.append((text, replies[i + 1][0]))
            i += 2
            continue
        if i + 1 < len(replies) and QUESTION_PREFIX.match(text) and ANSWER_PREFIX.match(replies[i + 1][0]):
            answered.append((text, ANSWER_PREFIX.sub("", replies[i + 1][0], count=1)))
            i += 2
            continue
        remarks.append(text)
        i += 1
    return part_html(title, remarks, answered)


def part_html(title: str, remarks: list[str], answered: list[tuple[str, str]]) -> str:
    """A part `title` under a post: the remarks, then each answered question with its answer as a
    `<details>` the fragmenter reads as a Q&A; nothing when there is neither. A question its writer
    typed 「问：…」 (a comment typed as a Q&A) loses that mark: under the summary's own 「問：」 it would be
    kept in the Q&A's title."""
    from indexer.parse import QUESTION_PREFIX      # (parse imports this module)
    if not remarks and not answered:
        return ""
    answered = [(QUESTION_PREFIX.sub("", question, count=1), answer) for question, answer in answered]
    return "\n".join([f"<h2>{title}</h2>", *(f"<p>{html.escape(text)}</p>" for text in remarks),
                      *(f"<details><summary>問：{html.escape(question)}</summary><p>{html.escape(answer)}</p></details>"
                        for question, answer in answered)])
