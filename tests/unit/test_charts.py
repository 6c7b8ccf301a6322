from reports.charts import display, shares_chart


def test_arabic_labels_are_shaped_and_reversed_for_drawing() -> None:
    shown = display("المؤسسات الوطنية", "ar")
    assert shown != "المؤسسات الوطنية"
    assert any("\ufe70" <= ch <= "\ufeff" for ch in shown)  # joined presentation forms
    assert display("National institutions", "en") == "National institutions"


def test_chart_is_a_png() -> None:
    png = shares_chart("الحضور", ["محلية", "وطنية", "دولية"], [235, 165, 100], "ar")
    assert png.startswith(b"\x89PNG") and len(png) > 5_000
