"""The article: parsing, its records, reading a file, its stored index and search."""
