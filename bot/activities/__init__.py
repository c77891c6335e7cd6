"""Activity files (FIT, GPX, TCX, optionally gzipped) read into sessions: bytes in, sessions out.

No Telegram and no database here: `read_activity_file(content, file_name)` returns the sessions
a file records, or raises `ActivityFileError` whose `key` names the sentence the runner gets.
"""

from bot.activities.reader import MAX_DECOMPRESSED_BYTES, MAX_FILE_BYTES, read_activity_file
from bot.activities.sessions import ActivityFileError, ActivitySession, Sport

__all__ = [
    "MAX_DECOMPRESSED_BYTES",
    "MAX_FILE_BYTES",
    "ActivityFileError",
    "ActivitySession",
    "Sport",
    "read_activity_file",
]
