"""A BOSS直聘 (zhipin.com) job page, as the browser saves it.

BOSS直聘's job page (its stylesheets and scripts under static.zhipin.com) sets the site's header, then
`div.job-banner`: the status `div.job-status` 「招聘中」, `div.name` (the h1 beside `span.salary`), the facts line
`p.job-primary` 「海外·阿斯塔纳 3-5年 大专」 and the buttons 立即沟通 / 感兴趣; then `div.job-detail`, each of the site's
parts an h3 in a `div.job-sec-text-title` (职位描述, 福利待遇, 面试流程, 求职者常问) with the position's tags
`div.job-tags` (spans side by side) and the employer's text `div.job-sec-text`, whose editor has no headings: its
parts are named by paragraphs of their own, 「岗位职责：」 and 「任职要求：」, over paragraphs numbered 「1.」–「4.」. Beside
it the recruiter's card `div.job-boss-info` (an h2 of his name, 「公司 · 店长」, 「刚刚活跃」), the company card
`div.company-info` (its name, its size, its trade) and the site's warning `div.sider-safe` 「BOSS 安全提示」.

Read as it stood (holdout249): 「招聘中」 was the title part's first line; the tags went with the chrome (by their
class word); the labels were lines, 「岗位职责：」 the last of the intro, so the duties were the steps of 「职位描述」
and the requirements a part of that title again; the recruiter's card, the company card and the warning were parts
of their own (「王先生」, 「公司基本信息」, 「BOSS 安全提示」), the site's furniture. `boss_job` drops the status, the
cards and the warning (the company's name a line of the header's facts under the salary and facts line, as
Superjob's is), sets the tags one line apart by 「 · 」 (as hh.ru's skills) and makes each label paragraph of the
employer's text a heading under the site's part (the colon gone), so the duties and requirements are parts of their
own (`fragment._is_procedure_list` keeps duties and requirements from being steps).

Detected by the job page's marks (`job-banner`, `job-sec-text`) on a page loading BOSS直聘's assets.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from indexer.html_text import drop_selected, one_line, site_reader, text_tag

MARKS = frozenset({"job-banner", "job-sec-text"})
_ASSETS = re.compile(r"^https?://static\.zhipin\.com/")
# the job page's furniture: the banner's status and buttons, the recruiter's card, the site's warning
_FURNITURE = ("div.job-banner div.job-status", "div.job-banner div.btns", "div.job-boss-info", "div.sider-safe")
# a part's name the employer types as a paragraph of its own, ending in a colon (「岗位职责：」「任职要求：」)
_LABEL = re.compile(r"^(\S{2,12}?)\s*[:：]$")


@site_reader(MARKS, assets=_ASSETS)
def boss_job(soup: BeautifulSoup) -> None:
    """Read a BOSS直聘 job page's header, tags and the employer's part names (see the module's docstring). A page
    of any other kind is unchanged."""
    banner = soup.find("div", class_="job-banner")
    if not isinstance(banner, Tag) or not isinstance(banner.find("h1"), Tag):
        return
    drop_selected(soup, _FURNITURE)
    company = soup.select_one("div.company-info p")
    facts = banner.find("p", class_="job-primary")
    if isinstance(company, Tag) and isinstance(facts, Tag) and one_line(company):
        facts.insert_after(text_tag(soup, "p", one_line(company)))
    for card in soup.select("div.company-info"):
        card.decompose()
    for tags in soup.select("div.job-tags"):
        words = [word for word in (one_line(tag) for tag in tags.find_all("span")) if word]
        if words:
            tags.replace_with(text_tag(soup, "p", " · ".join(words)))
    for text in soup.select("div.job-sec-text"):
        for paragraph in text.find_all("p", recursive=False):
            label = _LABEL.match(one_line(paragraph))
            if label:
                paragraph.replace_with(text_tag(soup, "h4", label.group(1)))
