from storage.services.telegram_text import html_error, message_text_error, visible_text


def test_telegram_html_rules() -> None:
    assert html_error('<b>bold</b> &amp; <a href="tg://user?id=1">x</a>') is None
    assert html_error("a < b") is not None
    assert html_error("Tom & Jerry") is not None
    assert html_error("<b>open") is not None
    assert html_error("<div>x</div>") is not None


def test_length_counts_visible_characters() -> None:
    assert message_text_error("<b>" + "x" * 4096 + "</b>", "HTML") is None
    assert message_text_error("x" * 4097, "HTML") == "Bad Request: message is too long"
    assert visible_text("<b>a</b> &lt;b&gt;", "HTML") == "a <b>"


def test_long_text_is_split_at_paragraphs_with_formatting_intact() -> None:
    from storage.services.telegram_text import split_html

    paragraphs = [
        f"<b>Sector {i}</b>\n" + "Women's participation in decision making. " * 30 for i in range(8)
    ]
    text = "\n\n".join(paragraphs)
    parts = split_html(text)
    assert len(parts) > 1
    for part in parts:
        assert html_error(part) is None
        assert len(visible_text(part, "HTML")) <= 4096
        assert part.startswith("<b>Sector")  # cut between paragraphs
    # Nothing lost but the white space at the cuts.
    joined = " ".join(visible_text(p, "HTML") for p in parts)
    assert joined.split() == visible_text(text, "HTML").split()


def test_a_tag_open_across_the_cut_is_closed_and_reopened() -> None:
    from storage.services.telegram_text import split_html

    parts = split_html("<i>" + "كلمة " * 2000 + "</i>")
    assert len(parts) == 3
    assert all(html_error(p) is None and p.startswith("<i>") and p.endswith("</i>") for p in parts)
