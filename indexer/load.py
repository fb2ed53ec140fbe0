"""Load corpus files into `Source` records: discover, decode, identify.

The loader is the only stage that touches the file system. It refuses what
cannot become an article (binary files, undetectable encodings, empty files,
symlinks leaving the corpus, oversized files) with an `ArticleError` naming the
file, and never hands mojibake to the parser.
"""
from __future__ import annotations

import codecs
import hashlib
import os
import re
from functools import lru_cache
from pathlib import Path

from charset_normalizer import from_bytes

from indexer.model import ArticleError, Format, Source

# extension -> format of the article files the corpus may hold
FORMATS: dict[str, Format] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "markdown",
    ".html": "html",
    ".htm": "html",
}
MAX_BYTES = 8 * 1024 * 1024
# Legacy Chinese encodings tried strictly when the bytes are not UTF-8; the
# first wins ties (the knowledge base is mostly Simplified Chinese).
CHINESE_ENCODINGS = ("gb18030", "big5", "cp950")
MIN_COMMON_SHARE = 0.9      # share of non-ASCII chars that must be common CJK/punctuation
MAX_CONTROL_SHARE = 0.01    # share of control chars above which bytes are not text
MAX_CHAOS = 0.1             # charset-normalizer chaos accepted for non-Chinese text

_ID_JUNK = re.compile(r"[^a-z0-9\u4e00-\u9fff-]+")


def _hidden(name: str) -> bool:
    return name.startswith(("_", "."))


def discover(corpus: Path) -> list[Path]:
    """List the article files under corpus, recursively and sorted."""
    corpus = Path(corpus)
    return [corpus / rel for rel in discover_relative(corpus)]


def discover_relative(corpus: Path) -> list[str]:
    """The corpus-relative POSIX paths of the article files, sorted.

    Plain strings, not Paths: an update of a 10k-article corpus spent most of its time
    constructing and relativising Path objects, not reading the disk.
    """
    root = os.fspath(corpus)
    found: list[str] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        prefix = os.path.relpath(dirpath, root).replace(os.sep, "/")
        prefix = "" if prefix == "." else prefix + "/"
        dirnames[:] = sorted(d for d in dirnames if not _hidden(d))
        for name in list(dirnames):
            # a linked directory is not descended into; one leaving the corpus is reported by load()
            if os.path.islink(os.path.join(dirpath, name)):
                dirnames.remove(name)
                if not _inside(Path(dirpath, name), Path(corpus)):
                    found.append(prefix + name)
        for name in filenames:
            if not _hidden(name) and os.path.splitext(name)[1].lower() in FORMATS:
                found.append(prefix + name)
    return sorted(found)


def _inside(path: Path, corpus: Path) -> bool:
    return path.resolve().is_relative_to(Path(corpus).resolve())


def article_id(rel_path: str | Path) -> str:
    """Make the stable, URL-safe article id of a corpus-relative path."""
    stem = os.path.splitext(os.fspath(rel_path).replace(os.sep, "/"))[0].lower()
    slug = _ID_JUNK.sub("-", stem.replace("/", "-")).strip("-")
    return re.sub(r"-{2,}", "-", slug) or "article"


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """Return the frequently used Hanzi (GB2312 level 1, Big5 level 1) and CJK punctuation."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):                      # GB2312 level 1: 3755 common Simplified chars
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for lead in range(0xA4, 0xC7):                      # Big5 level 1 (A440-C67E): 5401 common Traditional chars
        for trail in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]:
            if lead == 0xC6 and trail > 0x7E:           # C6A1.. holds kana in some Big5 variants
                break
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                pass
    chars.update("，。、；：？！“”‘’（）《》【】「」『』…—·～％＋－＝／　")
    chars.update(chr(c) for c in range(0xFF01, 0xFF5F))   # full-width ASCII
    return frozenset(chars)


def _common_share(text: str) -> float:
    """Return the share of the wide chars in text that are common Chinese chars or punctuation.

    Letters of other scripts (Кнопка «Пополнить»), arrows and symbols (→, ₸) are the
    article's own, whatever the encoding: only the chars a wrong decoding would garble count.
    """
    wide = [c for c in text if not c.isspace() and not ord(c) < 0x500 and not 0x2000 <= ord(c) < 0x2C00]
    if not wide:
        return 1.0
    common = _common_chars()
    return sum(c in common for c in wide) / len(wide)


_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")      # category Cc less \t \n \f \r


def _control_share(text: str) -> float:
    return len(_CONTROL.findall(text)) / max(len(text), 1)


def _check_text(text: str, path: str) -> str:
    if "\x00" in text or _control_share(text) > MAX_CONTROL_SHARE:
        raise ArticleError(path, "不是文本文件 / not a text file (control characters)")
    return text


_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([a-z0-9_-]+)|<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_-]+)""",
                       re.IGNORECASE)
# what a page declares, read as the superset a browser reads it as: GB2312 as GB18030, Big5
# as Microsoft's (cp950, with the Cyrillic Python's big5 lacks; its HKSCS has kana there)
SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "euc-cn": "gb18030",
             "gb18030": "gb18030", "big5": "cp950", "cp950": "cp950", "big5-hkscs": "big5hkscs"}


def declared_encoding(raw: bytes) -> str | None:
    """The Chinese encoding an HTML page declares in its head (Word's 「charset=gb2312」), if any.

    >>> declared_encoding(b'<meta http-equiv=Content-Type content="text/html; charset=gb2312">')
    'gb18030'
    """
    match = _DECLARED.search(raw[:4096])
    if match is None:
        return None
    return SUPERSETS.get((match.group(1) or match.group(2)).decode("ascii").lower())


def decode(raw: bytes, path: str | Path) -> tuple[str, str]:
    """Decode raw file bytes into text: UTF-8, else the Chinese encoding the page declares,
    else GB18030 or Big5 by which gives common characters; refuse binary."""
    path = str(path)
    if not raw.strip():
        raise ArticleError(path, "空文件 / empty file")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return _check_text(raw.decode(encoding), path), encoding
            except UnicodeDecodeError as exc:
                raise ArticleError(path, f"无法识别编码 / cannot decode as {encoding}: {exc.reason}") from exc
    if b"\x00" in raw:
        raise ArticleError(path, "不是文本文件 / not a text file (NUL bytes)")
    try:
        return _check_text(raw.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = declared_encoding(raw)
    if declared is not None:
        try:
            return _check_text(raw.decode(declared), path), declared
        except UnicodeDecodeError:
            pass                                  # the page is not what it says: detect
    # Strict decoding alone cannot choose: most GBK byte strings are valid Big5 and vice
    # versa. The wrong one yields rare characters, so rank by the share of common ones.
    candidates: list[tuple[float, int, str, str]] = []
    for rank, encoding in enumerate(CHINESE_ENCODINGS):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        candidates.append((_common_share(text), -rank, encoding, text))
    if candidates:
        share, _, encoding, text = max(candidates)
        if share >= MIN_COMMON_SHARE:
            return _check_text(text, path), encoding
    best = from_bytes(raw).best()
    if best is not None and best.chaos <= MAX_CHAOS and _common_share(str(best)) >= MIN_COMMON_SHARE:
        return _check_text(str(best), path), best.encoding
    if _control_share(raw.decode("latin-1")) > MAX_CONTROL_SHARE:
        raise ArticleError(path, "不是文本文件 / not a text file (control characters)")
    raise ArticleError(path, "无法识别编码 / cannot detect encoding (not UTF-8, GB18030 or Big5)")


def read(path: Path, corpus: Path) -> tuple[str, Format, bytes]:
    """Read one corpus file's bytes: (relative path, format, raw), refusing what is no article."""
    path, corpus = Path(path), Path(corpus)
    rel = path.relative_to(corpus).as_posix()
    if path.is_symlink() and not _inside(path, corpus):
        raise ArticleError(rel, "符号链接指向语料库之外 / symlink points outside the corpus")
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None or not path.is_file():
        raise ArticleError(rel, "不是文章文件 / not an article file (.md .markdown .txt .html .htm)")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(rel, f"文件太大 / file too large ({size} bytes > {MAX_BYTES})")
        return rel, fmt, path.read_bytes()
    except OSError as exc:          # unreadable, or removed since it was listed (an editor saving)
        raise ArticleError(rel, f"无法读取 / cannot read: {exc.strerror or exc}") from exc


def fingerprint(path: Path, corpus: Path) -> tuple[str, str, str]:
    """Return (relative path, article id, sha256) without decoding: the update's change test."""
    rel, _, raw = read(path, corpus)
    return rel, article_id(rel), hashlib.sha256(raw).hexdigest()


def load(path: Path, corpus: Path) -> Source:
    """Read one corpus file into a Source."""
    rel, fmt, raw = read(path, corpus)
    text, encoding = decode(raw, rel)
    return Source(
        path=rel,
        article_id=article_id(rel),
        text=text,
        format=fmt,
        sha256=hashlib.sha256(raw).hexdigest(),
        encoding=encoding,
    )


def load_corpus(corpus: Path) -> tuple[list[Source], list[ArticleError]]:
    """Load every article of the corpus; report each file that cannot be loaded."""
    corpus = Path(corpus)
    if not corpus.is_dir():
        return [], [ArticleError(str(corpus), "语料库目录不存在 / corpus directory not found")]
    sources: list[Source] = []
    errors: list[ArticleError] = []
    owners: dict[str, str] = {}     # article id -> path of the file that took it first
    for path in discover(corpus):
        try:
            source = load(path, corpus)
        except ArticleError as exc:
            errors.append(exc)
            continue
        if source.article_id in owners:
            errors.append(ArticleError(
                source.path,
                f"重复的文章 id / duplicate article id {source.article_id!r} "
                f"(already used by {owners[source.article_id]})",
            ))
            continue
        owners[source.article_id] = source.path
        sources.append(source)
    return sources, errors
