"""Read a video's subtitles saved as a `.txt` (SubRip `.srt`, WebVTT `.vtt`) as the speech a
viewer hears: no cue numbers, timecodes, settings or styling tags; no sound cues (「[音乐]」
「[笑声]」「[Music]」「♪」); a cue's lines, and the cues of one sentence, joined; a paragraph where
the speaker pauses or turns to a new point (`subtitles_page`).

Read as plain text, every cue was a paragraph of its own led by its number and timecode, which
every fragment then carried, and passages were cut every few cues whatever was being said, an
answer split across two of them. A subtitle file has no title line: its file name titles it.

Pure: no I/O. The cues are read by `srt` (SubRip) and `webvtt-py` (WebVTT), imported only when
the text looks like a subtitle file; a text is one only when it is all cues (`srt` refuses any
text between them) or opens with WebVTT's 「WEBVTT」 line.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from indexer.html_text import clean

# A silence this long between two cues is a pause a viewer hears: the speaker has finished a
# thought. Subtitles chain the cues of running speech (all 40 cues of a YouTube vlog's SRT in
# holdout53 abut, 0 ms between them, even where the blogger moves from one point to the next);
# subtitle editors close up gaps shorter than about half a second to a second, a breath, so a
# gap left open past 1.5 s is the speaker stopping, never a line wrapped mid-sentence.
PAUSE_MS = 1500

_SRT_START = re.compile(r"\A\ufeff?\s*(?:\d+[ \t]*\n[ \t]*)?\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->")
_VTT_HEADER = re.compile(r"\A\ufeff?WEBVTT(?:[ \t][^\n]*)?\n")
# a sound cue, not speech: a short bracketed description (「[音乐]」「[Applause]」「［笑声］」), music notes
_SOUND = re.compile(r"\[[^\[\]\d\n]{1,20}\]|［[^［］\d\n]{1,20}］|[♪♫♬🎵🎶]+")
_SOUND_LINE = re.compile(r"[(（][^()（）\n]{1,12}[)）]")        # a line that is only 「(笑)」「（音乐）」
# SubRip's styling (<i>, <b>, <font color=…>) and the ASS override blocks some tools leave in it ({\an8})
_SRT_TAG = re.compile(r"</?(?:[ibus]|font)\b[^<>\n]*>|\{\\[^{}\n]*\}", re.IGNORECASE)
_DIALOGUE_DASH = re.compile(r"^[-–—][ \t]*(?=\S)")                    # 「- 第二句」: a second speaker's line
# words a speaker opens a new point with, after the filler words that may come first
# (「呃，然后第三个」「好，那第四个」「最后一个小建议」「好，今天就讲到这儿」「First, …」)
_FILLER = r"(?:(?:呃|嗯|额|啊|哦|噢|那么|那|好的|好了|好啦|好|行|然后|接着|OK|okay|alright|so|and|well)[\s，,、.!！~～…]*)"
_TURN = re.compile(rf"^{_FILLER}*(?:第[一二三四五六七八九十两兩\d]{{1,3}}(?:个|個|点|點|条|條|种|種|件|部分|方面|步)"
                   r"|首先|其次|再次|此外|另外|最后|最後|总之|總之|总的来说|總的來說|总结|總結"
                   r"|(?:接下来|接下來|下面)(?:我们|我們|咱们|咱們|我)?再?来?(?:说|說|讲|講|聊|看)"
                   r"|今天(?:就|先)?(?:讲|講|说|說|聊|分享)到"
                   r"|(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|next|finally|lastly|in (?:summary|conclusion))\b)",
                   re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    start: int                  # milliseconds
    end: int
    lines: tuple[str, ...]      # the speech it shows, line by line, sound cues and tags gone


def speech_lines(text: str) -> list[str]:
    """A cue's lines as speech: without sound cues, a second speaker's dash nor empty lines.

    >>> speech_lines("[音乐] 哈喽大家好\\n区别在别的地方 [笑声]\\n(笑)\\n- 第二句")
    ['哈喽大家好', '区别在别的地方', '第二句']
    """
    lines = []
    for line in text.split("\n"):
        line = " ".join(_SOUND.sub(" ", line).split())
        if line and not _SOUND_LINE.fullmatch(line):
            lines.append(_DIALOGUE_DASH.sub("", line))
    return lines


def _srt_cues(text: str) -> list[Cue] | None:
    """The cues of a SubRip file, or None when the text is not one cue after another."""
    if not _SRT_START.match(text):
        return None
    import srt          # only a subtitle file needs it

    try:
        subtitles = list(srt.parse(text))
    except (srt.SRTParseError, ValueError):
        return None
    return [Cue(int(s.start.total_seconds() * 1000), int(s.end.total_seconds() * 1000),
                tuple(speech_lines(_SRT_TAG.sub("", s.content)))) for s in subtitles]


def _milliseconds(stamp: Any) -> int:
    return ((stamp.hours * 60 + stamp.minutes) * 60 + stamp.seconds) * 1000 + stamp.milliseconds


def _vtt_cues(text: str) -> list[Cue] | None:
    """The cues of a WebVTT file (its 「WEBVTT」 line first), or None; its notes, styles and cue
    settings are no speech, its tags (<c>, <v 小周>, karaoke timestamps) show nothing."""
    if not _VTT_HEADER.match(text):
        return None
    import webvtt       # only a subtitle file needs it
    from webvtt.errors import MalformedFileError

    try:
        captions = list(webvtt.from_string(text.lstrip("\ufeff")))
    except (MalformedFileError, ValueError):
        return None
    return [Cue(_milliseconds(c.start_time), _milliseconds(c.end_time), tuple(speech_lines(html.unescape(c.text))))
            for c in captions]


def turns(line: str) -> bool:
    """A cue opening a new point: 「第二个，…」「呃，然后第三个」「最后一个小建议」「好，今天就讲到这儿」.

    >>> turns("呃，然后第三个，大家最关心的"), turns("好，那第四个"), turns("每个月第一次换是免费的")
    (True, True, False)
    """
    return _TURN.match(line) is not None


def paragraphs(cues: list[Cue]) -> list[str]:
    """The speech in paragraphs: a new one where the speaker pauses (`PAUSE_MS` of silence, a cue
    of sound only counting as silence) or opens a new point (`turns`). Inside one, lines and cues
    run on as one text, a space where a line ends: subtitles break their lines where the speaker's
    phrases end (Chinese subtitles write a space for a comma), and two phrases run together
    (「…的小周今天呢…」「…坚戈每天给…」) read as one. A line a cue repeats from the one before (rolling captions, as YouTube's
    automatic ones scroll each line up into the next cue) is read once.
    """
    out: list[list[str]] = []
    last_end: int | None = None
    last_line = ""
    for cue in cues:
        lines = list(cue.lines)
        while lines and lines[0] == last_line:
            lines.pop(0)
        if not lines:
            continue            # sound only, or a line shown again: the silence goes on
        if not out or last_end is not None and cue.start - last_end >= PAUSE_MS or turns(lines[0]):
            out.append([])
        out[-1] += lines
        last_end, last_line = cue.end, lines[-1]
    return [clean(" ".join(lines)) for lines in out]


def readable_stem(stem: str) -> str:
    """A file name as words: 「daily-vs-monthly_plan」 → 「daily vs monthly plan」."""
    return " ".join(re.split(r"[-_.\s]+", stem)).strip()


def subtitles_page(text: str, stem: str) -> tuple[str, str] | None:
    """The page a subtitle file's speech makes, its paragraphs, and its title (the file name as
    words: subtitles have no title line); None when the text is not all SubRip or WebVTT cues.

    >>> subtitles_page("1\\n00:00:00,000 --> 00:00:02,000\\n[音乐] 大家好\\n\\n2\\n00:00:02,000 --> 00:00:04,000\\n"
    ...                "首先呢，按天扣费的\\n就是每天扣钱\\n", "daily-plan")
    ('<p>大家好</p>\\n<p>首先呢，按天扣费的 就是每天扣钱</p>\\n', 'daily plan')
    """
    cues = _vtt_cues(text) if text.lstrip("\ufeff").startswith("WEBVTT") else _srt_cues(text)
    if not cues:
        return None
    page = "".join(f"<p>{html.escape(paragraph, quote=False)}</p>\n" for paragraph in paragraphs(cues) if paragraph)
    return page, readable_stem(stem)
