"""Letters' attachments that open on every laptop.

A letter's files are written into this laptop's file store (beside the database) and, with
their bytes, into `mail_attachments`, a synced table: another laptop that pulls the letter
writes the file into its own store the first time it is opened. Keys are derived from the
letter and the file's place in it, so a letter fetched on two laptops has its files once.
A file larger than MAX_SYNCED keeps only its name and size in the table (the sync batches
carry whole rows): it opens on the laptop that fetched or sent it, and elsewhere the reason
names the cap.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.domain.errors import NotFoundError, ValidationError
from crm_desktop.storage.models_service import MailAttachment

KEYS = uuid.UUID("2f4b8e61-0c3a-4d7e-9a15-6e8c1b7d3f20")
MAX_ATTACHMENT = 25 * 1024 * 1024  # what is kept at all (a usual mail server's limit)
MAX_SYNCED = 5 * 1024 * 1024  # what travels to the other laptops with the letter
MAX_SYNCED_MB = MAX_SYNCED // (1024 * 1024)


@dataclass(frozen=True)
class AttachedFile:
    id: str
    interaction_id: str
    name: str
    size: int
    travels: bool  # its bytes are synced: every laptop can open it


def attachment_id(interaction_id: str, number: int) -> str:
    return str(uuid.uuid5(KEYS, f"{interaction_id}/{number}"))


class AttachmentStore:
    """The part of the mail service that keeps and opens letters' files."""

    crm: Any
    ctx: Any

    def files_dir(self) -> Path:
        path: Path = self.ctx.db.path
        return path.with_name(path.stem + "-files") / "mail"

    def keep_files(self, session: Session, interaction_id: str,
                   files: list[tuple[str, bytes]], when: datetime
                   ) -> tuple[str | None, list[MailAttachment]]:
        """Writes the files into the local store; returns what the interaction names (the file,
        or the folder of several, relative to the store: the same on every laptop) and the rows
        to add once the interaction is flushed. Every value comes from the letter, so two
        laptops keeping the same letter write the same rows."""
        kept = [(n, d) for n, d in files if 0 < len(d) <= MAX_ATTACHMENT]
        if not kept:
            return None, []
        from crm_desktop.storage.files import make_private_dir, write_bytes_atomic

        folder = self.files_dir() / interaction_id
        make_private_dir(folder)
        names: list[str] = []
        rows: list[MailAttachment] = []
        for number, (name, data) in enumerate(kept):
            unique, counter = name, 1
            while unique in names:
                unique, counter = f"{counter}-{name}", counter + 1
            names.append(unique)
            write_bytes_atomic(folder / unique, data)
            ident = attachment_id(interaction_id, number)
            if session.get(MailAttachment, ident) is None:
                rows.append(MailAttachment(
                    id=ident, interaction_id=interaction_id, name=unique, size=len(data),
                    sha256=hashlib.sha256(data).hexdigest(),
                    content=data if len(data) <= MAX_SYNCED else None,
                    created_at=when, updated_at=when))
        relative = f"mail/{interaction_id}/" + (names[0] if len(names) == 1 else "")
        return relative[:1000], rows

    def stored_path(self, reference: str) -> Path:
        """This laptop's path for what a letter's interaction names (see keep_files)."""
        return self.files_dir().parent / reference

    def attachments(self, interaction_id: str) -> list[AttachedFile]:
        """A letter's files, in their order in the letter (without their bytes)."""
        stmt = (select(MailAttachment.id, MailAttachment.name, MailAttachment.size,
                       MailAttachment.content.is_not(None))
                .where(MailAttachment.interaction_id == interaction_id,
                       MailAttachment.deleted_at.is_(None))
                .order_by(MailAttachment.created_at, MailAttachment.name))
        with self.ctx.db.read() as session:
            return [AttachedFile(i, interaction_id, n, s, bool(t))
                    for i, n, s, t in session.execute(stmt)]

    def open_attachment(self, attachment_id: str) -> Path:
        """The file on this laptop, written from the synced copy the first time it is opened
        here (or again when the local file was changed or removed)."""
        with self.ctx.db.read() as session:
            row = session.get(MailAttachment, attachment_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError("attachment", attachment_id)
            name, size, digest, content = row.name, row.size, row.sha256, row.content
            interaction_id = row.interaction_id
        target: Path = self.files_dir() / interaction_id / name
        if target.is_file() and _digest(target) == digest:
            return target
        if content is None:
            raise ValidationError(
                "attachment", f"the file {name} ({_megabytes(size)} MB) is larger than the "
                f"{MAX_SYNCED_MB} MB that travel between computers: open it on the computer "
                "that fetched or sent the letter")
        from crm_desktop.storage.files import make_private_dir, write_bytes_atomic

        make_private_dir(target.parent)
        write_bytes_atomic(target, content)
        return target


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"
