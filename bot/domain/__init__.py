"""Pure rules of KneeGuard: quiz scoring, plans, pain zones, distance ramp, shoe wear.

Nothing here imports Telegram or the database, and time always comes in as a parameter.
"""
