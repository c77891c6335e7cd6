"""Storage: the engine, the tables, small repositories and the Alembic migrations."""
