"""A PDF converted to HTML by pdf2htmlEX: what a reader gets from it, fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def line(text: str, font: str = "ff2 fs1", y: int = 1) -> str:
    """One printed line as pdf2htmlEX positions it: its place, its font and its size classes."""
    return f"<div class='t m0 x1 h3 y{y:x} {font} fc0 sc0 ls0 ws0'>{text}</div>"


def guide(generator: str = "pdf2htmlEX", style: str = "") -> str:
    """A two-page guide: the outline sidebar, the title and heading lines in fonts of their own, a paragraph the
    PDF broke at the margin (across the page break too), numbered steps and 问/答 lines, the loading indicator."""
    title = line("GSM 控制器 用户手册", "ff1 fs0")
    first = [line("1 产品概述", "ff1 fs2"),
             line("控制器用一张普通手机 SIM 卡通过短信报告温度、湿度和"),
             line("土壤水分，并可远程开关通风窗和滴灌泵，不需要 Wi-Fi 也不需要电脑。"),
             line("1.1 技术参数", "ff1 fs2"),
             line("供电 12 V，内置备用电池可工作 36 小时，最多可登记 5 个管理员号码，"),
             ]
    second = [line("SIM 卡尺寸 Nano-SIM。"),
              line("2 安装 SIM 卡", "ff1 fs2"),
              line("1. 断开 12 V 电源。"),
              line("2. 插入 Nano-SIM 卡。"),
              line("问：红色灯常亮是什么意思？"),
              line("答：表示找不到 SIM 卡。")]
    pages = "".join(f"<div id='pf{n}' class='pf w0 h0' data-page-no='{n}'><div class='pc pc{n} w0 h0'>"
                    f"<img class='bi x0 y0 w1 h1' alt='' src='bg{n}.png'/>{''.join(lines)}</div></div>"
                    for n, lines in ((1, [title, *first]), (2, second)))
    return (f"<html><head><meta name='generator' content='{generator}'/><title>GSM 控制器 用户手册</title>{style}"
            "<link rel='stylesheet' href='base.min.css'/></head><body>"
            "<div id='sidebar'><div id='outline'><ul><li><a class='l' href='#pf1'>1 产品概述</a></li></ul></div></div>"
            f"<div id='page-container'>{pages}</div>"
            "<div class='loading-indicator'><img alt='' src='data:image/png;base64,iVBORw0KGgo='/></div></body></html>")


def test_a_pdf2htmlex_guide_is_read_as_its_headings_and_paragraphs() -> None:
    # holdout244: no heading line was a heading (every part titled by the page title, the steps its steps) and
    # the PDF's breaks stayed in the sentences (「…湿度和」 / 「土壤水分，…」)
    assert texts(cut(guide())) == [
        ("section", "1 产品概述", "控制器用一张普通手机 SIM 卡通过短信报告温度、湿度和土壤水分，并可远程开关通风窗和滴灌泵，"
                                "不需要 Wi-Fi 也不需要电脑。"),
        ("section", "技术参数", "供电 12 V，内置备用电池可工作 36 小时，最多可登记 5 个管理员号码，SIM 卡尺寸 Nano-SIM。"),
        ("step", "断开 12 V 电源", "断开 12 V 电源。"),
        ("step", "插入 Nano-SIM 卡", "插入 Nano-SIM 卡。"),
        ("qa", "红色灯常亮是什么意思？", "表示找不到 SIM 卡。")]


def test_a_line_the_stylesheet_sets_smaller_than_the_body_is_no_heading() -> None:
    # the page's own stylesheet sizes the fonts: 「1.1 技术参数」 and its kin (fs2) set smaller are text
    small = "<style>.fs0{font-size:60.000000px;}.fs1{font-size:40.000000px;}.fs2{font-size:30.000000px;}</style>"
    frags = cut(guide(style=small))
    assert [f.title for f in frags if f.type == "section"] == ["GSM 控制器 用户手册"]


def test_pdf2htmlex_markup_without_its_generator_is_read_as_it_was() -> None:
    assert "湿度和\n土壤水分" in all_text(cut(guide(generator="Other")))


def test_a_pdf2htmlex_pages_running_header_and_page_numbers_are_no_text() -> None:
    # each page printed under the manual's name and over its number: neither a heading nor a line of the text
    def page(n: int, lines: str) -> str:
        return (f"<div id='pf{n}' class='pf w0 h0' data-page-no='{n}'><div class='pc pc{n} w0 h0'>"
                f"{line('GSM 控制器 用户手册', 'ff3 fs3')}{lines}{line(f'第 {n} 页', 'ff3 fs3')}</div></div>")
    html = ("<html><head><meta name='generator' content='pdf2htmlEX'/><title>GSM 控制器</title></head><body>"
            "<div id='page-container'>"
            f"{page(1, line('1 产品概述', 'ff1 fs2') + line('控制器通过短信报告温度。'))}"
            f"{page(2, line('2 安装 SIM 卡', 'ff1 fs2') + line('插卡前请关闭 PIN 码。'))}</div></body></html>")
    assert texts(cut(html)) == [("section", "1 产品概述", "控制器通过短信报告温度。"),
                                ("section", "2 安装 SIM 卡", "插卡前请关闭 PIN 码。")]
