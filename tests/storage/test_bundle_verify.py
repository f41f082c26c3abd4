"""verify_bundle reads a bundle as hostile: the bundle as written verifies, and every change to
it — a flipped byte anywhere, a truncation, a file removed, added or moved, an edited manifest
signed or not — is refused with a BundleError, never another exception."""

from __future__ import annotations

import json
import random
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.bundles.format import (
    FORMAT_VERSION,
    MANIFEST,
    ROLLUP_COLUMNS,
    SIGNATURE,
    BundleError,
)
from storage.bundles.keys import public_raw
from storage.bundles.layout import entry_info
from storage.bundles.reader import iter_csv, iter_jsonl
from storage.bundles.verify import verify_bundle
from tests.storage.bundle_helpers import SITE_ID, photo_file, small_bundle

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
OTHER = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bundle")
    return small_bundle(folder / "out", KEY, photo_file(folder)).path


def entries_of(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def rebuild(path: Path, entries: list[tuple[str, bytes]]) -> bytes:
    """The entries written again with the writer's own headers (so only the content differs)."""
    out = path.with_name("rebuilt.qybundle")
    with zipfile.ZipFile(out, "w", allowZip64=False) as archive:
        for name, data in entries:
            archive.writestr(entry_info(name), data)
    return out.read_bytes()


def refused(path: Path, data: bytes, public_key: bytes | None = None) -> str:
    path.write_bytes(data)
    with pytest.raises(BundleError) as error:
        verify_bundle(path, public_key)
    return error.value.code


def test_the_written_bundle_verifies_with_its_key(bundle: Path) -> None:
    verified = verify_bundle(bundle, public_raw(KEY))
    manifest = verified.manifest
    assert (manifest.site_id, manifest.site_code, manifest.sequence) == (SITE_ID, "QY-01", 1)
    assert manifest.previous_sha256 == ""
    assert manifest.public_key == public_raw(KEY).hex()
    assert bundle.name == "QY-01-000001.qybundle"
    files = {f.path: f for f in manifest.files}
    assert files["rollup_1min/2026-05.csv"].rows == 40
    assert files["photos/run-1/a.jpg"].rows is None
    assert files["records.jsonl"].rows == 2
    rows = list(iter_csv(verified, "rollup_1min/2026-05.csv", ROLLUP_COLUMNS))
    assert rows[0][:3] == ["FT-101", "1780000000000", "1.0"] and rows[0][11] == ""
    assert list(iter_jsonl(verified, "site.jsonl"))[1] == {"name": "二", "value": None}


def test_a_bundle_rebuilt_unchanged_still_verifies(bundle: Path, tmp_path: Path) -> None:
    """The mutations below rebuild zips this way: so what they change is all that is refused."""
    copy = tmp_path / "copy.qybundle"
    copy.write_bytes(rebuild(tmp_path / "x", entries_of(bundle)))
    assert copy.read_bytes() == bundle.read_bytes()
    verify_bundle(copy, public_raw(KEY))


def test_the_wrong_public_key_is_refused(bundle: Path) -> None:
    with pytest.raises(BundleError) as error:
        verify_bundle(bundle, public_raw(OTHER))
    assert error.value.code == "wrong_key"


def test_not_a_zip_and_a_missing_file(tmp_path: Path) -> None:
    assert refused(tmp_path / "a.qybundle", b"hello") == "not_a_zip"
    with pytest.raises(BundleError) as error:
        verify_bundle(tmp_path / "absent.qybundle")
    assert error.value.code == "not_a_zip"


def test_named_refusals(bundle: Path, tmp_path: Path) -> None:
    original = bundle.read_bytes()
    entries = entries_of(bundle)
    target = tmp_path / "m.qybundle"
    assert refused(target, original[: len(original) // 2]) == "truncated"
    assert refused(target, rebuild(target, [e for e in entries if e[0] != "tags.jsonl"])) == (
        "missing_file"
    )
    extra = [*entries[:-2], ("rollup_1h/2026.csv", b"tag\n"), *entries[-2:]]
    assert refused(target, rebuild(target, extra)) == "extra_file"
    evil = [*entries[:-2], ("../evil.csv", b"x"), *entries[-2:]]
    assert refused(target, rebuild(target, evil)) == "bad_name"
    swapped = [entries[1], entries[0], *entries[2:]]
    assert refused(target, rebuild(target, swapped)) == "bad_layout"
    changed = [(n, d + b"\n" if n == "records.jsonl" else d) for n, d in entries]
    assert refused(target, rebuild(target, changed)) == "hash_mismatch"
    manifest = json.loads(dict(entries)[MANIFEST])
    manifest["format_version"] = FORMAT_VERSION + 1
    newer = _with_manifest(entries, manifest, KEY)
    assert refused(target, rebuild(target, newer)) == "unsupported_version"


def test_a_re_signed_manifest_is_refused_by_the_registered_key(
    bundle: Path, tmp_path: Path
) -> None:
    entries = entries_of(bundle)
    manifest = json.loads(dict(entries)[MANIFEST])
    manifest["sequence"] = 7
    manifest["previous_sha256"] = "0" * 64
    target = tmp_path / "m.qybundle"
    assert refused(target, rebuild(target, _with_manifest(entries, manifest, OTHER))) == (
        "bad_signature"
    )
    manifest["public_key"] = public_raw(OTHER).hex()
    forged = rebuild(target, _with_manifest(entries, manifest, OTHER))
    assert refused(target, forged, public_raw(KEY)) == "wrong_key"


def test_a_thousand_random_mutations_are_all_refused(bundle: Path, tmp_path: Path) -> None:
    original = bundle.read_bytes()
    entries = entries_of(bundle)
    target = tmp_path / "mutant.qybundle"
    rng = random.Random(20261130)
    mutations = (_flip, _truncate, _remove, _reorder, _add, _edit, _edit_resign, _edit_rekey)
    codes: dict[str, int] = {}
    for number in range(1000):
        mutate = mutations[number % len(mutations)] if number < 400 else rng.choice(mutations)
        data = mutate(rng, original, entries, target)
        assert data != original
        code = refused(target, data, public_raw(KEY))
        codes[code] = codes.get(code, 0) + 1
    assert sum(codes.values()) == 1000
    assert {"hash_mismatch", "bad_layout", "truncated", "wrong_key"} <= codes.keys()


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=4096), zip_start=st.booleans())
def test_random_bytes_only_ever_raise_bundle_error(
    tmp_path: Path, data: bytes, zip_start: bool
) -> None:
    path = tmp_path / "random.qybundle"
    path.write_bytes((b"PK\x03\x04" if zip_start else b"") + data)
    with pytest.raises(BundleError):
        verify_bundle(path)


@pytest.mark.filterwarnings("ignore:Duplicate name")
@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    names=st.lists(
        st.sampled_from([MANIFEST, SIGNATURE, "site.jsonl", "x/../y", "rollup_1h/2026.csv"]),
        max_size=5,
    ),
    content=st.binary(max_size=300),
)
def test_random_zips_only_ever_raise_bundle_error(
    tmp_path: Path, names: list[str], content: bytes
) -> None:
    path = tmp_path / "random.qybundle"
    with zipfile.ZipFile(path, "w") as archive:
        for name in names:
            archive.writestr(name, content)
    with pytest.raises(BundleError):
        verify_bundle(path)


# --- mutations ---------------------------------------------------------------------------------


def _flip(rng: random.Random, original: bytes, _e: list, _t: Path) -> bytes:
    data = bytearray(original)
    data[rng.randrange(len(data))] ^= rng.randrange(1, 256)
    return bytes(data)


def _truncate(rng: random.Random, original: bytes, _e: list, _t: Path) -> bytes:
    return original[: rng.randrange(len(original))]


def _remove(rng: random.Random, _o: bytes, entries: list, target: Path) -> bytes:
    drop = rng.randrange(len(entries))
    return rebuild(target, [e for i, e in enumerate(entries) if i != drop])


def _reorder(rng: random.Random, _o: bytes, entries: list, target: Path) -> bytes:
    order = list(entries)
    while order == entries:
        rng.shuffle(order)
    return rebuild(target, order)


def _add(rng: random.Random, _o: bytes, entries: list, target: Path) -> bytes:
    name = rng.choice(["rollup_1h/2026.csv", "photos/run-2/b.jpg", "notes.txt", "../x"])
    where = rng.randrange(len(entries) + 1)
    return rebuild(target, [*entries[:where], (name, rng.randbytes(20)), *entries[where:]])


def _edited(rng: random.Random, entries: list) -> dict:
    manifest = json.loads(dict(entries)[MANIFEST])
    field = rng.choice(["sequence", "kind", "site_code", "range", "files", "created_ms"])
    if field == "sequence":
        manifest["sequence"] += rng.randrange(1, 5)
        manifest["previous_sha256"] = "ab" * 32
    elif field == "kind":
        manifest["kind"] = "incremental"
    elif field == "site_code":
        manifest["site_code"] = "QY-02"
    elif field == "range":
        manifest["range"]["from_ms"] = rng.randrange(manifest["range"]["to_ms"])
    elif field == "files":
        manifest["files"][rng.randrange(len(manifest["files"]))]["sha256"] = "cd" * 32
    else:
        manifest["created_ms"] += 1
    return manifest


def _edit(rng: random.Random, _o: bytes, entries: list, target: Path) -> bytes:
    manifest = _edited(rng, entries)
    text = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    return rebuild(target, [(n, text.encode() if n == MANIFEST else d) for n, d in entries])


def _edit_resign(rng: random.Random, _o: bytes, entries: list, target: Path) -> bytes:
    return rebuild(target, _with_manifest(entries, _edited(rng, entries), OTHER))


def _edit_rekey(rng: random.Random, _o: bytes, entries: list, target: Path) -> bytes:
    manifest = _edited(rng, entries)
    manifest["public_key"] = public_raw(OTHER).hex()
    return rebuild(target, _with_manifest(entries, manifest, OTHER))


def _with_manifest(entries: list, manifest: dict, key: Ed25519PrivateKey) -> list:
    text = (json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()
    signature = key.sign(text).hex().encode()
    return [(n, text if n == MANIFEST else signature if n == SIGNATURE else d) for n, d in entries]
