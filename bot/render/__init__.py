"""Rendering: charts (PNG) and message formatting."""
