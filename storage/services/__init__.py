"""Domain logic callable without Telegram: from handlers, the scheduler, the CLI or a test."""
