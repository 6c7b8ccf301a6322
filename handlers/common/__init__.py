"""Pieces several features' handlers share (the audience menu, dialog steps). Not a feature:
features import these, never one another."""
