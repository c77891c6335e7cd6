"""Strava at the edge: the signed OAuth state, tokens encrypted at rest, the one HTTP client
(limits and retries in one place), and the web routes Strava calls (OAuth answer, push events).
"""
