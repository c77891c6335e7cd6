"""From a file's bytes to its sessions: size caps, gzip, the format recognised by content."""

from __future__ import annotations

import gzip
import io
import re
import zlib

from bot.activities import fit, gpx, tcx
from bot.activities.sessions import ActivityFileError, ActivitySession

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Telegram lets bots download at most 20 MB, so a larger file never reaches the parser."""
MAX_DECOMPRESSED_BYTES = 20 * 1024 * 1024
"""A gzipped file may unpack to no more than a plain file may be: a marathon GPX at a point a
second is ~4 MB; reading ~19 MB of GPX takes ~5 s of CPU and ~270 MiB (bench/RESULTS.md), so
the cap bounds what one file can cost."""
GZIP_MAGIC = b"\x1f\x8b"
XML_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(gpx|TrainingCenterDatabase)[\s>/]")
XML_SNIFF_BYTES = 4096
ENTITY_DECLARATION = re.compile(rb"<!(DOCTYPE|ENTITY)", re.I)


def read_activity_file(content: bytes, file_name: str = "") -> list[ActivitySession]:
    """Every session in a FIT, GPX or TCX file (gzipped or not); the name is only for messages.

    The format is recognised by content, never by the name: a ".fit" that is not one is
    refused the same way as any other unreadable file.
    """
    if not content:
        raise ActivityFileError("empty", f"{file_name!r} has no bytes")
    if len(content) > MAX_FILE_BYTES:
        raise ActivityFileError("too_big", f"{file_name!r} has {len(content)} bytes")
    if content.startswith(GZIP_MAGIC):
        content = _gunzip(content, file_name)
    if fit.looks_like_fit(content):
        sessions = fit.read_sessions(content)
    else:
        if ENTITY_DECLARATION.search(content[:XML_SNIFF_BYTES]):
            # Activity files never declare entities; refusing them rules out entity expansion.
            raise ActivityFileError("broken", f"{file_name!r} declares a DTD or XML entities")
        root = _xml_root(content)
        if root is None:
            raise ActivityFileError("not_activity", f"{file_name!r} is not FIT, GPX or TCX")
        sessions = gpx.read_sessions(content) if root == b"gpx" else tcx.read_sessions(content)
    if not sessions:
        raise ActivityFileError("empty", f"{file_name!r} records no session")
    return sessions


def _gunzip(content: bytes, file_name: str) -> bytes:
    """The unpacked bytes, read in steps so a gzip bomb stops at the cap instead of filling RAM."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(content)) as unpacked:
            data = unpacked.read(MAX_DECOMPRESSED_BYTES + 1)
    except (OSError, EOFError, zlib.error) as error:
        raise ActivityFileError("broken", f"{file_name!r}: bad gzip: {error}") from error
    if len(data) > MAX_DECOMPRESSED_BYTES:
        raise ActivityFileError("too_big", f"{file_name!r} unpacks to over the cap")
    if not data:
        raise ActivityFileError("empty", f"{file_name!r} unpacks to nothing")
    return data


def _xml_root(content: bytes) -> bytes | None:
    """b"gpx" or b"TrainingCenterDatabase" when the XML document's root is one of them."""
    head = content[:XML_SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<"):
        return None
    for match in XML_ROOT.finditer(head):
        before = head[: match.start()]
        # Only a prolog (declarations, comments) may stand before the root element.
        if re.fullmatch(rb"(\s*(<\?.*?\?>|<!--.*?-->))*\s*", before, re.S):
            return match.group(1)
        return None
    return None
