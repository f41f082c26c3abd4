"""Storage: SQLAlchemy models, engine set-up, migrations and time-series writes. No Qt."""
