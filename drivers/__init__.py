"""Instrument I/O and the acquisition engine. No Qt, no database: results leave as ReadingBatch."""
