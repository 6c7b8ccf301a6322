"""Registration: consent, the five steps, the summary with a ✏️ per field, submitting.
`router()` is the dialog's (handlers.registration.dialog); the steps are in steps.py."""

from __future__ import annotations

from handlers.registration.dialog import router

__all__ = ["router"]
