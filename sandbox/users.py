"""The people of the sandbox: an administrator, an organizer, one actor of each type, and a
newcomer who has not registered yet. Their Telegram ids are fixed so the page can list them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SandboxUser:
    telegram_id: int
    name: str
    username: str
    role: str  # "admin" | "organizer" | "member" | "newcomer"
    locale: str
    actor_type: str | None  # the taxonomy code of their organization's type
    organization: str | None  # an organization of the taxonomy file, by English name


ADMIN = SandboxUser(100_001, "Zainab", "zainab_admin", "admin", "en", None, None)
USERS = (
    ADMIN,
    SandboxUser(
        100_002,
        "Huda",
        "huda_organizer",
        "organizer",
        "ar",
        "local_ngo",
        "Women Empowerment Organization (WEO)",
    ),
    SandboxUser(
        100_003,
        "Awat",
        "awat_ngo",
        "member",
        "ckb",
        "local_ngo",
        "Women Empowerment Organization (WEO)",
    ),
    SandboxUser(
        100_004,
        "Saad",
        "saad_ministry",
        "member",
        "ar",
        "national_institution",
        "Ministry of Labor and Social Affairs",
    ),
    SandboxUser(
        100_005,
        "Laura",
        "laura_un",
        "member",
        "en",
        "international",
        "UN Women",
    ),
    SandboxUser(100_006, "Noor", "noor_new", "newcomer", "en", None, None),
)
