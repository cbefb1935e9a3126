"""Extractors: each takes text and returns facts with the span they came from."""
