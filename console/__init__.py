"""The organizers' console: a Telegram Mini App served by the project itself.

A face like `handlers/`: it reads the person's role from the database on every request and
calls the same services (permission checks, audit entries) and the same notices as the chat.
It imports no handler and no sweep. Pages are HTML rendered here from the Fluent catalogues;
a small script (no build step) exchanges the launch data for a session and swaps views in."""
