from storage.services.text import clean_line, fold_for_search


def test_folding_matches_arabic_spelling_variants() -> None:
    assert fold_for_search("الأنبار") == fold_for_search("الانبار")
    assert fold_for_search("إربيل") == fold_for_search("اربيل")
    assert fold_for_search("مؤسسة") == fold_for_search("موسسة")
    assert fold_for_search("الْحِمَايَة") == fold_for_search("الحماية")


def test_folding_matches_sorani_and_arabic_keyboards() -> None:
    assert fold_for_search("کوردستان") == fold_for_search("كوردستان")
    assert fold_for_search("ڕێکخراو") == fold_for_search("ريكخراو")


def test_folding_latin_case_punctuation_and_bidi_marks() -> None:
    assert fold_for_search("Al-Anbar") == "al anbar"
    assert fold_for_search("\u200fUN\u202c Women") == "un women"


def test_clean_line_removes_controls_and_collapses_space() -> None:
    assert clean_line("  Layla\u200f\n  Hassan\x00 ") == "Layla Hassan"
