"""Files a cell loads are checked before anything large is made (issue #19, point 1): PNG images
(Dataset(imagesIn:)) with huge declared sizes or image data that inflates past the image, and
safetensors models (Sequential(contentsOf:)) with hostile header lengths, shapes and offsets, are
clear errors naming the file; what would pass the memory budget is refused as out of memory; the
kernel and the session's state survive every one."""
import json
import os
import struct
import zlib

import pytest

from conftest import execute, running_kernel


@pytest.fixture(scope="module")
def budgeted():
    """A kernel with a 300 MB memory budget."""
    with running_kernel(env={**os.environ, "LOUPE_MEMORY_LIMIT": "300M"}) as (km, kc):
        reply, _ = execute(kc, "let kept = 41")
        assert reply["content"]["status"] == "ok"
        yield km, kc


def assert_error_and_alive(km, kc, code, evalue_start):
    reply, _ = execute(kc, code, timeout=120)
    content = reply["content"]
    assert content["status"] == "error", content
    assert content["evalue"].startswith(evalue_start), content["evalue"]
    assert km.is_alive()
    _, outputs = execute(kc, "kept + 1")
    assert [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"] == ["42"]


def png(width, height, raw, color_type=6, depth=8):
    """A PNG of the given header whose image data is `raw` deflated (whatever its length)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, depth, color_type, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 1))
            + chunk(b"IEND", b""))


def image_folder(tmp_path, name, data):
    folder = tmp_path / name
    (folder / "cats").mkdir(parents=True)
    (folder / "cats" / "a.png").write_bytes(data)
    return folder


def test_a_png_bomb_is_an_error_naming_the_file(budgeted, tmp_path):
    km, kc = budgeted
    folder = image_folder(tmp_path, "bomb", png(10, 10, bytes(100 << 20), color_type=0))
    path = folder / "cats" / "a.png"
    assert os.path.getsize(path) < 1 << 20  # 100 MB of zeros in a few hundred KB
    assert_error_and_alive(km, kc, f'Dataset(imagesIn: "{folder}", size: (8, 8))',
                           f"{path}: malformed PNG: image data: the data decompresses to more than 110 bytes")


def test_huge_declared_png_sizes_are_refused(budgeted, tmp_path):
    km, kc = budgeted
    folder = image_folder(tmp_path, "huge", png(100_000, 100_000, b""))
    assert_error_and_alive(km, kc, f'Dataset(imagesIn: "{folder}", size: (8, 8))',
                           f"{folder / 'cats' / 'a.png'}: the PNG image is too large (100000 × 100000 pixels)")
    truncated = image_folder(tmp_path, "cut", png(64, 64, bytes(64 * 257))[:-30])
    assert_error_and_alive(km, kc, f'Dataset(imagesIn: "{truncated}", size: (8, 8))',
                           f"{truncated / 'cats' / 'a.png'}: the PNG file is truncated")


def test_a_png_past_the_budget_is_out_of_memory(budgeted, tmp_path):
    km, kc = budgeted
    folder = image_folder(tmp_path, "big", png(4096, 4096, bytes(4096 * (4096 * 8 + 1)), depth=16))
    assert_error_and_alive(km, kc, f'Dataset(imagesIn: "{folder}", size: (8, 8))',
                           "out of memory: a 4096 × 4096 PNG image needs")


def safetensors(header, data=b"", length=None):
    text = header if isinstance(header, bytes) else json.dumps(header).encode()
    return struct.pack("<Q", len(text) if length is None else length) + text + data


@pytest.mark.parametrize("content, problem", [
    (safetensors(b"{}", length=2 ** 64 - 1), "its header length says 18446744073709551615 bytes, more than the 100000000 safetensors allows"),
    (safetensors(b"{}", length=50), "the file is truncated: its header should have 50 bytes, but only 2 follow"),
    (safetensors({"w": {"dtype": "F64", "shape": [2 ** 40, 2 ** 40], "data_offsets": [0, 16]}}, bytes(16)),
     "tensor 'w' has shape [1099511627776, 1099511627776], more elements than the file holds"),
    (safetensors({"w": {"dtype": "F64", "shape": [2], "data_offsets": [0, 10 ** 15]}}, bytes(16)),
     "tensor 'w' ends at byte 1000000000000000 of the data, past the 16 bytes the file holds after its header"),
    (safetensors({"w": {"dtype": "F64", "shape": [2], "data_offsets": [16, 0]}}, bytes(16)),
     "tensor 'w' has no data_offsets [begin, end]"),
])
def test_hostile_safetensors_files_are_errors_naming_the_file(budgeted, tmp_path, content, problem):
    km, kc = budgeted
    path = tmp_path / "model.safetensors"
    path.write_bytes(content)
    assert_error_and_alive(km, kc, f'let model = Sequential(contentsOf: "{path}")',
                           f"{path} is not a valid safetensors file: {problem}")


def test_a_safetensors_tensor_past_the_budget_is_out_of_memory(budgeted, tmp_path):
    km, kc = budgeted
    count = 40_000_000  # 40 MB of bytes, 320 MB as doubles
    path = tmp_path / "big.safetensors"
    path.write_bytes(safetensors({"w": {"dtype": "U8", "shape": [count], "data_offsets": [0, count]}}, bytes(count)))
    assert_error_and_alive(km, kc, f'let model = Sequential(contentsOf: "{path}")',
                           f"out of memory: tensor 'w' of shape [{count}] in {path} needs 305 MiB")
