"""sco: facts about the 2025 SCO summit in Tianjin, each backed by the article."""

__version__ = "0.1.0"
