"""Encrypted backups: a SQLite image sealed with AES-256-GCM under a scrypt key.

The format (all integers big-endian; ``docs/backup-format.md`` is the reference)::

    offset  size  field
         0     8  magic  b"RLSDENC\\x00"
         8     1  format version (1)
         9     4  scrypt n (a power of two)
        13     4  scrypt r
        17     4  scrypt p
        21    16  salt (random)
        37    12  nonce (random)
        49     …  ciphertext of the SQLite file, followed by the 16-byte GCM tag

The 49 header bytes are the GCM associated data, so changing a parameter, the salt or the
nonce makes decryption fail just as a wrong passphrase does. The key is
``scrypt(passphrase as NFC-normalised UTF-8, salt, n, r, p, 32 bytes)``. ``cryptography`` is
imported only when a file is sealed or opened.
"""

from __future__ import annotations

import os
import struct
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from rls_diary.storage.errors import BackupError, WrongPassphraseError

MAGIC: Final = b"RLSDENC\x00"
VERSION: Final = 1
HEADER = struct.Struct(">8sBIII16s12s")
SALT_BYTES: Final = 16
NONCE_BYTES: Final = 12
TAG_BYTES: Final = 16
KEY_BYTES: Final = 32

# Sealing parameters: about 1 s and 128 MiB on a 2-core laptop (OWASP's scrypt minimum is
# n=2^17, r=8, p=1). Tests lower SCRYPT_N; files carry their own parameters.
SCRYPT_N = 2**17
SCRYPT_R: Final = 8
SCRYPT_P: Final = 1
# Opening refuses parameters beyond these, so a crafted file cannot demand gigabytes.
MAX_N: Final = 2**20
MAX_R: Final = 32
MAX_P: Final = 16
MAX_MEMORY: Final = 1 << 30  # 128 * n * r * p bytes
MAX_PLAINTEXT: Final = 2**31 - 1 - TAG_BYTES  # what one AES-GCM call of `cryptography` takes


@dataclass(frozen=True, slots=True)
class Parameters:
    n: int
    r: int
    p: int


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` starts like an encrypted backup (False when it cannot be read)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _key(passphrase: str, salt: bytes, params: Parameters) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=KEY_BYTES, n=params.n, r=params.r, p=params.p).derive(secret)


def seal(plaintext: bytes, passphrase: str, params: Parameters | None = None) -> bytes:
    """Encrypt ``plaintext`` (a SQLite image) into the format above."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not passphrase:
        raise BackupError("the passphrase is empty")
    if len(plaintext) > MAX_PLAINTEXT:
        raise BackupError("the diary is too large (over 2 GB) for an encrypted backup")
    params = params or Parameters(SCRYPT_N, SCRYPT_R, SCRYPT_P)
    _check(params)
    salt = os.urandom(SALT_BYTES)
    nonce = os.urandom(NONCE_BYTES)
    header = HEADER.pack(MAGIC, VERSION, params.n, params.r, params.p, salt, nonce)
    key = _key(passphrase, salt, params)
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


def read_parameters(data: bytes, name: str) -> Parameters:
    """The scrypt parameters of an encrypted file (checks magic, version and limits)."""
    if len(data) < HEADER.size + TAG_BYTES or data[: len(MAGIC)] != MAGIC:
        raise BackupError(f"{name} is not an encrypted RLS Diary backup (or it is cut short)")
    _, version, n, r, p, _, _ = HEADER.unpack_from(data)
    if version != VERSION:
        raise BackupError(
            f"{name} is an encrypted backup of format {version}, which this app does not know "
            "(please update the app)"
        )
    params = Parameters(n, r, p)
    _check(params, name)
    return params


def open_sealed(data: bytes, passphrase: str, name: str) -> bytes:
    """The plaintext of an encrypted file; :class:`WrongPassphraseError` when it does not open."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    params = read_parameters(data, name)
    _, _, _, _, _, salt, nonce = HEADER.unpack_from(data)
    header = data[: HEADER.size]
    key = _key(passphrase, salt, params)
    try:
        return AESGCM(key).decrypt(nonce, data[HEADER.size :], header)
    except InvalidTag:
        raise WrongPassphraseError(
            f"{name} did not open: the passphrase is wrong, or the file was changed or "
            "damaged; nothing was restored"
        ) from None


def _check(params: Parameters, name: str = "the backup") -> None:
    n, r, p = params.n, params.r, params.p
    ok = (
        2 <= n <= MAX_N
        and n & (n - 1) == 0
        and 1 <= r <= MAX_R
        and 1 <= p <= MAX_P
        and 128 * n * r * p <= MAX_MEMORY
    )
    if not ok:
        raise BackupError(
            f"{name} asks for scrypt parameters this app refuses (n={n}, r={r}, p={p})"
        )
