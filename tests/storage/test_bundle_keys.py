"""The site key: made once, kept private, the same key on every later use; exported for
registration as PEM and hex; its fingerprint is what people compare."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from storage.bundles.format import BundleError
from storage.bundles.keys import (
    fingerprint,
    key_path,
    load_or_create_site_key,
    load_site_key,
    parse_public_key,
    public_hex,
    public_pem,
    public_raw,
)


def test_the_key_is_made_once_and_then_loaded(tmp_path: Path) -> None:
    assert load_site_key(tmp_path) is None
    first = load_or_create_site_key(tmp_path)
    second = load_or_create_site_key(tmp_path)
    assert public_raw(first) == public_raw(second)
    assert len(public_raw(first)) == 32
    assert not [p for p in key_path(tmp_path).parent.iterdir() if p.name.startswith(".")]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_only_the_owner_may_read_the_private_key(tmp_path: Path) -> None:
    load_or_create_site_key(tmp_path)
    assert stat.S_IMODE(key_path(tmp_path).stat().st_mode) == 0o600


def test_an_existing_key_is_never_replaced(tmp_path: Path) -> None:
    key = load_or_create_site_key(tmp_path)
    before = key_path(tmp_path).read_bytes()
    assert public_raw(load_or_create_site_key(tmp_path)) == public_raw(key)
    assert key_path(tmp_path).read_bytes() == before


def test_a_damaged_key_file_is_refused_not_regenerated(tmp_path: Path) -> None:
    key_path(tmp_path).parent.mkdir(parents=True)
    key_path(tmp_path).write_bytes(b"-----BEGIN PRIVATE KEY-----\ngarbage\n")
    with pytest.raises(BundleError) as refused:
        load_or_create_site_key(tmp_path)
    assert refused.value.code == "bad_key"


def test_fingerprint_is_the_grouped_start_of_the_sha256(tmp_path: Path) -> None:
    raw = public_raw(load_or_create_site_key(tmp_path))
    digest = hashlib.sha256(raw).hexdigest()
    assert fingerprint(raw) == " ".join(digest[i : i + 4] for i in (0, 4, 8, 12))


def test_the_public_key_reads_back_from_pem_or_hex(tmp_path: Path) -> None:
    key = load_or_create_site_key(tmp_path)
    assert parse_public_key(public_pem(key)) == public_raw(key)
    assert parse_public_key(public_hex(key).upper().encode() + b"\n") == public_raw(key)
    with pytest.raises(BundleError) as refused:
        parse_public_key(b"not a key")
    assert refused.value.code == "bad_key"
