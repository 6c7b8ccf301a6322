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


async def test_the_page_refuses_other_sites_wrong_hosts_and_requests_without_its_key() -> None:
    """A foreign page posting to the sandbox would drive the admin's chat."""
    import aiohttp

    from sandbox.users import ADMIN
    from sandbox.web import SandboxPage

    emulator = BotApiEmulator(TOKEN)
    page = SandboxPage(emulator, app=None, load_demo=None)  # type: ignore[arg-type]
    url = await page.start("127.0.0.1", 0)
    root = url.rsplit("/", 1)[0]
    body = {"user": ADMIN.telegram_id, "text": "/start"}
    try:
        async with aiohttp.ClientSession() as client:
            async with client.post(f"{root}/api/send", json=body) as response:
                assert response.status == 404  # no key, no page
            async with client.post(
                f"{url}/api/send", json=body, headers={"Origin": "https://evil.example"}
            ) as response:
                assert response.status == 403
            async with client.post(
                f"{url}/api/send", json=body, headers={"Host": "evil.example:80"}
            ) as response:
                assert response.status == 403
            assert emulator.updates == []
            async with client.post(
                f"{url}/api/send", json=body, headers={"Origin": root}
            ) as response:
                assert response.status == 200
            assert emulator.updates[-1]["message"]["text"] == "/start"
            async with client.get(url, allow_redirects=False) as response:
                assert response.status == 302 and response.headers["Location"].endswith("/")
    finally:
        await page.stop()
