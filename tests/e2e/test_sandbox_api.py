"""The sandbox page's API: what the person does reaches the bot as Telegram would send it."""

from __future__ import annotations

from emulator.server import BotApiEmulator
from tests.conftest import TOKEN


async def test_sandbox_documents_go_both_ways() -> None:
    """A person's upload reaches the bot as a document, and can be sent on by its file_id."""
    from aiohttp import FormData

    from sandbox.users import ADMIN
    from sandbox.web import SandboxPage

    emulator = BotApiEmulator(TOKEN)
    page = SandboxPage(emulator, app=None, load_demo=None)  # type: ignore[arg-type]
    url = await page.start("127.0.0.1", 0)
    try:
        import aiohttp

        form = FormData()
        form.add_field("user", str(ADMIN.telegram_id))
        form.add_field(
            "file", b"%PDF-1.4 report", filename="report.pdf", content_type="application/pdf"
        )
        async with aiohttp.ClientSession() as client:
            async with client.post(f"{url}/api/upload", data=form) as response:
                assert response.status == 200
            sent = emulator.updates[-1]["message"]["document"]
            assert sent["file_name"] == "report.pdf" and sent["file_size"] == 15
            async with client.get(f"{url}/files/{sent['file_id']}") as response:
                assert await response.read() == b"%PDF-1.4 report"
                assert response.headers["Content-Type"] == "application/pdf"
    finally:
        await page.stop()
