from bot.telegram_rules import html_error, message_text_error, visible_text


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
