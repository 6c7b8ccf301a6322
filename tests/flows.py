"""Whole dialogs a person goes through, reused by several tests."""

from __future__ import annotations

from tests.harness import FakeUser


async def choose_language(user: FakeUser, native_name: str = "English") -> None:
    await user.send("/start")
    await user.press(native_name)


async def register(
    user: FakeUser,
    *,
    name: str = "Layla Hassan",
    org_query: str = "Women Empowerment",
    org_button: str | None = "Women Empowerment Organization (WEO)",
    new_org: tuple[str, str] | None = None,
    governorates: tuple[str, ...] = ("Baghdad", "Erbil"),
    sectors: tuple[str, ...] = ("Protection", "Participation"),
    title: str = "Programme officer",
    language: str = "English",
) -> None:
    """Go from /start to a submitted registration (in English unless told otherwise)."""
    await choose_language(user, language)
    await user.press(labels(language)["accept"])
    await user.send(name)
    await user.send(org_query)
    if new_org is None:
        assert org_button is not None
        await user.press(org_button)
    else:
        await user.press(labels(language)["new_org"])
        await user.send(new_org[0])
        await user.press(new_org[1])
    for governorate in governorates:
        await user.press(f"▫️ {governorate}")
    await user.press(labels(language)["done"])
    for sector in sectors:
        await user.press(f"▫️ {sector}")
    await user.press(labels(language)["done"])
    await user.send(title)
    await user.press(labels(language)["submit"])


def labels(language: str) -> dict[str, str]:
    return {
        "English": {
            "accept": "✅ I agree",
            "new_org": "➕ My organization is not listed",
            "done": "Done ▶",
            "submit": "✅ Submit",
        },
        "العربية": {
            "accept": "✅ أوافق",
            "new_org": "➕ منظمتي غير موجودة في القائمة",
            "done": "تم ◀",
            "submit": "✅ إرسال",
        },
        "کوردی (سۆرانی)": {
            "accept": "✅ ڕازیم",
            "new_org": "➕ ڕێکخراوەکەم لە لیستەکەدا نییە",
            "done": "تەواو ◀",
            "submit": "✅ ناردن",
        },
    }[language]
