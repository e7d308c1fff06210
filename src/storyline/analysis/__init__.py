"""Per-document analysis stages (spaCy parse, entities, time, numbers, quotes, events)."""
