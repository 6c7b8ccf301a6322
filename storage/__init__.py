"""Persistence: models, engine and sessions, domain services, FSM storage, migrations."""
