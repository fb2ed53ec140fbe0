"""BOSS直聘 job pages, saved by the browser: what a reader gets from them, fragment by fragment."""
from __future__ import annotations

from fragments import cut, texts

ASSET = "https://static.zhipin.com/zhipin-geek/v512/web/geek/css/job-detail.css"


def job_page(asset: str = ASSET) -> str:
    """A job page as BOSS直聘 draws it: the banner, the description with its tags and label paragraphs, the
    recruiter's and company's cards and the site's warning."""
    return (f"<html><head><title>x</title><link rel='stylesheet' href='{asset}'></head><body>"
            "<div class='job-banner'><div class='job-status'>招聘中</div><div class='name'><h1>维修工程师</h1>"
            "<span class='salary'>15-20K·13薪</span></div><p class='job-primary'>海外·阿斯塔纳 <em class='dolt'></em>"
            "3-5年</p><div class='btns'><a class='btn' href='#'>立即沟通</a></div></div>"
            "<div class='job-detail'><div class='job-sec-text-title'><h3>职位描述</h3></div>"
            "<div class='job-tags'><span>手机维修</span><span>俄语</span></div><div class='job-sec-text'>"
            "<p>公司经营 3 家快修店。</p><p>岗位职责：</p><p>1. 负责换屏、换电池；</p><p>2. 指导两名学徒。</p>"
            "<p>任职要求：</p><p>1. 3 年以上经验；</p><p>2. 能接受外派。</p></div></div>"
            "<div class='job-boss-info'><h2 class='name'>王先生</h2><p>快修通讯 · 店长</p>"
            "<p class='boss-active-time'>刚刚活跃</p></div><div class='company-info'><h3>公司基本信息</h3>"
            "<p>快修通讯</p><p>20-99人</p></div><div class='sider-safe'><h3>BOSS 安全提示</h3>"
            "<p>BOSS直聘严禁用人单位扣押求职者证件。</p></div></body></html>")


def test_a_boss_job_pages_labels_are_headings_and_its_cards_go() -> None:
    # holdout249: 「招聘中」 led the title's part, the tags went, 「岗位职责：」 was the intro's last line and the
    # duties steps of 「职位描述」, the requirements a part of that title again; the recruiter's card, the company
    # card and the warning were parts of their own
    assert texts(cut(job_page())) == [
        ("section", "维修工程师", "15-20K·13薪\n海外·阿斯塔纳 3-5年\n快修通讯"),
        ("section", "职位描述", "手机维修 · 俄语\n公司经营 3 家快修店。"),
        ("section", "岗位职责", "负责换屏、换电池；\n指导两名学徒。"),
        ("section", "任职要求", "3 年以上经验；\n能接受外派。")]


def test_a_look_alike_without_boss_assets_is_not_read_as_one() -> None:
    # the class names alone do not make the page BOSS直聘's: its cards stay as they were
    frags = texts(cut(job_page("https://cdn.example.com/job.css")))
    assert ("section", "王先生", "快修通讯 · 店长\n刚刚活跃") in frags
