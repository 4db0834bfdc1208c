"""One SQLite database per article: `sco export FILE.db` (see export_article)."""
