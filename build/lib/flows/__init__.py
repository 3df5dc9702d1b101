"""Dyad: news articles in, data about relations between countries out."""

__version__ = "0.1.0"
