"""A video's subtitles saved as a .txt (SubRip, WebVTT): what a reader of the knowledge base gets is the
speech, without cue numbers, timecodes, tags and sound cues, in paragraphs where the speaker pauses or
turns to a new point, titled by the file's name."""
from __future__ import annotations

from indexer.fragment import parse_source
from indexer.model import Fragment, Source
from indexer.render_subtitles import subtitles_page

from fragments import texts


def cut(text: str, path: str = "daily-vs-monthly-plan.txt") -> list[Fragment]:
    return parse_source(Source(path, "video", text, "markdown", "0"))[1]


SRT = (
    "1\n00:00:00,000 --> 00:00:06,480\n[音乐] 哈喽大家好，我是小周\n\n"
    "2\n00:00:06,480 --> 00:00:10,240\n今天说说按天扣费\n\n"
    "3\n00:00:10,240 --> 00:00:13,900\n第二个，就是什么时候扣钱\n\n"
    "4\n00:00:13,900 --> 00:00:21,040\nTele2 是每天凌晨零点到两点之间扣\n<i>Kcell</i> 是每天早上三点左右扣\n\n"
    "5\n00:00:21,040 --> 00:00:25,000\nBeeline 是在你当天\n第一次用网的时候才扣 [笑声]\n\n"
    "6\n00:00:25,000 --> 00:00:29,000\n[Music]\n\n"
    "7\n00:00:29,000 --> 00:00:33,000\n呃，然后第三个，余额不够那天怎么办\n"
)


def test_srt_cues_read_as_the_speech_in_paragraphs_by_point() -> None:
    # no cue number, timecode, <i> or sound cue; a cue's lines and the cues of one point one
    # paragraph (the answer 「Tele2 … Beeline … 才扣」 whole), a new one at 「第二个」「第三个」;
    # the file has no title line: its name, as words, titles it
    assert texts(cut(SRT)) == [
        ("section", "daily vs monthly plan",
         "哈喽大家好，我是小周 今天说说按天扣费\n"
         "第二个，就是什么时候扣钱 Tele2 是每天凌晨零点到两点之间扣 Kcell 是每天早上三点左右扣 "
         "Beeline 是在你当天 第一次用网的时候才扣\n"
         "呃，然后第三个，余额不够那天怎么办"),
    ]


def test_a_pause_between_cues_ends_a_paragraph() -> None:
    # 2 s of silence is a pause (a cue of sound only is silence too); 0.5 s is a breath
    srt = ("1\n00:00:01,000 --> 00:00:03,000\n充值以后\n\n2\n00:00:03,500 --> 00:00:05,000\n半小时内到账\n\n"
           "3\n00:00:07,000 --> 00:00:09,000\n[音乐]\n\n4\n00:00:09,000 --> 00:00:10,000\n没到账打客服\n\n"
           "5\n00:00:12,000 --> 00:00:13,000\n号码是 *100#\n")
    page, title = subtitles_page(srt, "topup") or ("", "")
    assert page == "<p>充值以后 半小时内到账</p>\n<p>没到账打客服</p>\n<p>号码是 *100#</p>\n"
    assert title == "topup"


VTT = (
    "\ufeffWEBVTT\nKind: captions\nLanguage: zh-Hans\n\n"
    "STYLE\n::cue { color: yellow }\n\n"
    "NOTE 自动生成的字幕\n\n"
    "00:00.000 --> 00:02.000 align:start position:0%\n"
    "<v 小周>大家好<00:00:01.000><c> 今天讲换套餐</c></v>\n\n"
    "00:02.000 --> 00:02.010 align:start position:0%\n大家好 今天讲换套餐\n\n"
    "intro-3\n00:02.010 --> 00:04.000\n大家好 今天讲换套餐\nKcell 拨 *444*2# 换成按天 &amp; 免费\n\n"
    "00:06.000 --> 00:08.000\n最后一个小建议 ♪\n"
)


def test_webvtt_cues_without_header_notes_settings_tags_and_rolled_lines() -> None:
    # the header, STYLE and NOTE blocks, cue settings, cue identifiers, <v>/<c> tags and karaoke
    # stamps show nothing; a line an automatic caption rolls into the next cue is read once
    assert texts(cut(VTT, "switching.txt")) == [
        ("section", "switching",
         "大家好 今天讲换套餐 Kcell 拨 *444*2# 换成按天 & 免费\n最后一个小建议"),
    ]


def test_only_a_text_of_cues_is_subtitles() -> None:
    # a title line over the cues, a how-to quoting a timecode, a lone number line: plain text
    assert subtitles_page("换套餐视频字幕\n\n1\n00:00:00,000 --> 00:00:02,000\n大家好\n", "x") is None
    assert subtitles_page("剪辑时把字幕写成：\n00:00:00,000 --> 00:00:02,000\n大家好\n", "x") is None
    assert subtitles_page("1\n打开设置\n\n2\n点「网络」\n", "x") is None
    assert subtitles_page("WEBVTT 是一种字幕格式。\n", "x") is None
    # read as plain text, a .txt quoting a cue keeps its numbers and timecodes
    quoted = "字幕文件长这样：\n\n1\n00:00:00,000 --> 00:00:02,000\n大家好\n"
    assert "00:00:00,000" in cut(quoted)[0].text


def test_subtitles_are_read_only_in_a_txt() -> None:
    # a Markdown article is Markdown: its lines stay as written
    assert "00:00:06,480" in cut(SRT, "video.md")[0].text
