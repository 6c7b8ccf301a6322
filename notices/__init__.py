"""What the outbox sends, rendered from domain objects, a locale and the i18n core: used by
handlers and by the scheduler's sweeps alike. Notices never import handlers or the scheduler."""
