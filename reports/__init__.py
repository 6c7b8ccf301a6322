"""Renderers of what organizers take away: charts (and, later, documents)."""
