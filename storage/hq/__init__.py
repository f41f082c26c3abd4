"""Head office's own database: registered sites, imported bundles and the sites' data.

Separate from a site's schema (its own metadata and Alembic scripts), because head office may
run it on PostgreSQL shared by several desks while its users and settings stay in the ordinary
data directory. Portable SQL only: text and integer keys, BIGINT epoch milliseconds.
"""
