"""The site's Ed25519 signing key: made at first use, kept in the data directory, never exported.

The private key is an unencrypted PKCS#8 PEM under `<data_dir>/keys/site_ed25519.pem`, readable
by its owner only (0600 where the OS has POSIX modes): the app signs bundles unattended, so a
passphrase would have to be stored beside it anyway. It is created once, atomically and without
overwriting a key another process created first. The public key is what head office registers:
its hex form sits in every manifest, its PEM can be exported, and its fingerprint (the first 16
hex of the SHA-256 of the raw key) is what two people read to each other on the phone.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from storage.bundles.durable import fsync_folder
from storage.bundles.format import HEX64, BundleError

KEY_FOLDER = "keys"
KEY_FILE = "site_ed25519.pem"


def key_path(data_dir: Path) -> Path:
    return data_dir / KEY_FOLDER / KEY_FILE


def load_or_create_site_key(data_dir: Path) -> Ed25519PrivateKey:
    """The site key, generated and stored the first time it is asked for."""
    existing = load_site_key(data_dir)
    if existing is not None:
        return existing
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    if not _publish_once(key_path(data_dir), pem):
        loaded = load_site_key(data_dir)  # another process was first: its key wins
        assert loaded is not None
        return loaded
    return key


def load_site_key(data_dir: Path) -> Ed25519PrivateKey | None:
    path = key_path(data_dir)
    try:
        pem = path.read_bytes()
    except FileNotFoundError:
        return None
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError) as error:
        raise BundleError("bad_key", f"{path}: {error}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise BundleError("bad_key", f"{path}: not an Ed25519 key")
    return key


def public_raw(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_hex(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    return public_raw(key).hex()


def public_pem(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def fingerprint(public_key: bytes) -> str:
    """First 16 hex of SHA-256 of the raw 32-byte key, in groups of four: `1a2b 3c4d 5e6f 7a8b`."""
    digest = hashlib.sha256(public_key).hexdigest()[:16]
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def parse_public_key(text: bytes) -> bytes:
    """A registered public key from a file: the exported PEM, or the 64 hex characters."""
    stripped = text.strip()
    if HEX64.fullmatch(stripped.decode("ascii", "replace").lower()):
        return bytes.fromhex(stripped.decode("ascii"))
    try:
        key = serialization.load_pem_public_key(stripped)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        raise BundleError("bad_key", "neither a PEM public key nor 64 hex characters") from None
    if not isinstance(key, Ed25519PublicKey):
        raise BundleError("bad_key", "not an Ed25519 public key")
    return public_raw(key)


def signature_valid(public_key: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def _publish_once(path: Path, data: bytes) -> bool:
    """Write `data` to `path` atomically (0600) unless it exists; False if someone was first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.partial")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        try:
            os.link(temp, path)  # fails if the name exists: never replaces a key
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links
            if path.exists():
                return False
            temp.replace(path)
    finally:
        temp.unlink(missing_ok=True)
    fsync_folder(path.parent)
    return True
