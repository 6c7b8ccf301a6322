"""Outer middlewares, in the order the dispatcher runs them."""

from bot.middlewares.dedupe import DeduplicateUpdatesMiddleware
from bot.middlewares.flood import FloodControlMiddleware
from bot.middlewares.fsm_batch import FsmBatchMiddleware
from bot.middlewares.person import PersonMiddleware

__all__ = [
    "DeduplicateUpdatesMiddleware",
    "FloodControlMiddleware",
    "FsmBatchMiddleware",
    "PersonMiddleware",
]
