"""Operator commands: health checks (`python -m bot check`) and backups (`python -m bot backup`)."""
