"""Try Tansiq without Telegram: the bot against the built-in Bot API emulator, a chat page in the
browser to talk to it as several people, and a demo data set built from the report."""
