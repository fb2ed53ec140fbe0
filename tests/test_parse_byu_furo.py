"""A by.U (byu.id) Bantuan page (Next.js, CSS-module classes) and a Sphinx Furo page, saved by the browser: two
generic rules their markup needed (holdout293), fragment by fragment."""
from __future__ import annotations

from fragments import all_text, cut, texts


def saved(body: str) -> str:
    return f"<html><head><title>t</title></head><body><main><h1>Pesan &amp; Aktivasi SIM</h1>{body}</main></body></html>"


def byu_faq(toggle: str = "Accordion_header__oK1sF", panel: str = "Accordion_panel__e5Hxw") -> str:
    """by.U's FAQ accordion: each question a <button> in its item, the answer in the CSS-module panel after it."""
    pair = ("<div class='Accordion_item__Jt2bM'><button class='{}' aria-expanded='false'>{}</button>"
            "<div class='{}'><p>{}</p></div></div>")
    return saved("<section><h2>Pertanyaan Umum（常见问题）</h2><div class='Accordion_accordion__y7PoE'>"
                 + pair.format(toggle, "Q：换手机了，eSIM 能转过去吗？", panel, "A：可以，每次收费 Rp 10.000。")
                 + pair.format(toggle, "Q：注册时提示「NIK sudah mencapai batas」是什么意思？", panel,
                               "A：这个 NIK 已经注册满 3 个号码。")
                 + "</div></section>")


def test_a_css_module_accordions_questions_pair_with_their_answers() -> None:
    # holdout293: the four questions (buttons) were lost and the bare 「A：…」 answers ran into one section
    assert texts(cut(byu_faq())) == [
        ("qa", "换手机了，eSIM 能转过去吗？", "可以，每次收费 Rp 10.000。"),
        ("qa", "注册时提示「NIK sudah mencapai batas」是什么意思？", "这个 NIK 已经注册满 3 个号码。")]


def test_a_module_class_naming_no_accordion_part_is_no_toggle() -> None:
    # only a module's 「Accordion_header」 over its 「Accordion_panel」: a card's header over its body is no Q&A
    frags = texts(cut(byu_faq("Card_header__oK1sF", "Card_body__e5Hxw")))
    assert not any(kind == "qa" for kind, _, _ in frags)


def furo_steps() -> str:
    """Furo's (Sphinx) numbered steps, each with a console block Pygments highlights."""
    console = ("<div class='highlight-console notranslate'><div class='highlight'><pre><span></span>"
               "<span class='gp'>$ </span>{}<span class='w'> </span>{}\n<span class='gp'>$ </span>{}\n</pre></div></div>")
    return saved("<section><h2>安装步骤</h2><ol class='arabic'>"
                 "<li><p>安装系统依赖并加入 dialout 组：</p>" + console.format("sudo", "apt install usb-modeswitch",
                                                                  "sudo usermod -aG dialout $USER") + "</li>"
                 "<li><p>创建虚拟环境：</p>" + console.format("python3", "-m venv ~/env", "~/env/bin/pip install simwatch")
                 + "</li></ol></section>")


def test_a_steps_console_block_keeps_its_lines() -> None:
    # holdout293: the two commands of each step's console block ran into one line
    steps = [f for f in cut(furo_steps()) if f.type == "step"]
    assert [f.text for f in steps] == [
        "安装系统依赖并加入 dialout 组：\n$ sudo apt install usb-modeswitch\n$ sudo usermod -aG dialout $USER",
        "创建虚拟环境：\n$ python3 -m venv ~/env\n$ ~/env/bin/pip install simwatch"]
    assert "usb-modeswitch $" not in all_text(cut(furo_steps()))
