"""Long work stops soon after an interrupt, whatever module runs it, and the session
survives: matrix products, sorting, chart layout, rasterising and PNG encoding, CSV and
image loading, t-SNE. Files that could block the kernel (named pipes, devices) are
refused. How soon (the 100 ms target of issue #19) is measured by bench/interrupts, not here."""
import os
import struct
import tempfile
import time
import zlib

import pytest

from conftest import execute

#: The 100 ms target is a figure of bench/interrupts (a quiet machine); a test must not fail because
#: the machine is loaded, so it only tells a loop that stops from one that does not: 2 s, far below
#: what these took before they polled (38 s, 14 s, 2.2 s for work sized to run longer still).
LIMIT = float(os.environ.get("LOUPE_INTERRUPT_LIMIT", "2"))


def interrupt_after(km, kc, code, delay=0.5):
    """Runs `code`, interrupts it after `delay` s; returns (reply content, seconds to the reply)."""
    msg_id = kc.execute(code)
    time.sleep(delay)
    start = time.perf_counter()
    km.interrupt_kernel()
    while True:
        reply = kc.get_shell_msg(timeout=60)
        if reply["parent_header"]["msg_id"] == msg_id:
            return reply["content"], time.perf_counter() - start


def assert_interrupted_and_alive(km, kc, code, delay=0.5):
    content, elapsed = interrupt_after(km, kc, code, delay)
    assert content["status"] == "error" and content["ename"] == "Interrupted", content
    assert elapsed < LIMIT, f"{code!r}: the reply came {elapsed * 1000:.0f} ms after the interrupt"
    reply, outputs = execute(kc, "survivor")
    assert [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"] == ["42"]


def setup(kc, code):
    reply, _ = execute(kc, code, timeout=120)
    assert reply["content"]["status"] == "ok", reply["content"]


@pytest.fixture(scope="module")
def session(kernel):
    km, kc = kernel
    reply, _ = execute(kc, "let survivor = 42")
    assert reply["content"]["status"] == "ok"
    return km, kc


def test_a_large_matrix_product(session):
    km, kc = session
    setup(kc, "let a = Tensor(randomNormal: [2500, 2500])\nlet b = Tensor(randomNormal: [2500, 2500])")
    assert_interrupted_and_alive(km, kc, "let c = matmul(a, b)")


def test_sorting_millions_with_a_comparison(session):
    km, kc = session
    setup(kc, "let big = (0..<5_000_000).map { ($0 * 7919) % 5_000_000 }")
    assert_interrupted_and_alive(km, kc, "let ordered = big.sorted(by: >)")
    assert_interrupted_and_alive(km, kc, "let ordered = big.sorted()")


def test_a_set_of_millions(session):
    """Found by bench/fuzz: `Set(0..<3_000_000)` went on for 21 s after the interrupt."""
    km, kc = session
    setup(kc, "let many = Array(0..<6_000_000)")
    assert_interrupted_and_alive(km, kc, "let distinct = Set(many)")


def test_a_large_convolution(session):
    km, kc = session
    setup(kc, "let conv = Sequential { Conv2D(filterShape: (5, 5, 16, 64), padding: .same, activation: relu) }\n"
              "let images = Tensor(randomNormal: [48, 96, 96, 16])")
    assert_interrupted_and_alive(km, kc, "let maps = conv(images)")


def test_a_two_thousand_square_heatmap(session):
    km, kc = session
    # 3000², interrupted 0.1 s in: a 2000² heatmap (and its picture) now takes under 0.3 s.
    setup(kc, "let cells = (0..<3000).map { i in (0..<3000).map { j in Double((i * j) % 17) } }")
    assert_interrupted_and_alive(km, kc, "Heatmap(cells)", delay=0.1)


def test_a_chart_with_a_huge_title_is_laid_out_at_once(session):
    """Laying out a title used to measure every prefix of it (minutes for a megabyte); now a few."""
    _, kc = session
    setup(kc, 'let huge = String(repeating: "word ", count: 2_000_000)')
    start = time.perf_counter()
    reply, outputs = execute(kc, "Histogram([1, 2, 3], title: huge)", timeout=60)
    assert reply["content"]["status"] == "ok"
    assert time.perf_counter() - start < 20  # it took minutes
    svg = [m["content"]["data"]["image/svg+xml"] for m in outputs if m["msg_type"] == "execute_result"][0]
    assert "word word" in svg and "…" in svg


def test_loading_a_large_csv(session, tmp_path):
    km, kc = session
    path = tmp_path / "big.csv"
    with open(path, "w") as out:
        out.write("a,b,c,label\n")
        row = "1.5,2.25,3.125,x\n"
        out.write(row * 4_000_000)
    assert_interrupted_and_alive(km, kc, f'let data = Dataset(csv: "{path}", label: "label")', delay=0.3)


@pytest.mark.parametrize("kind", ["fifo", "device", "directory"])
def test_files_that_are_not_regular_are_refused_at_once(session, kind):
    _, kc = session
    with tempfile.TemporaryDirectory() as directory:
        path = {"fifo": os.path.join(directory, "pipe.csv"), "device": "/dev/zero", "directory": directory}[kind]
        if kind == "fifo":
            os.mkfifo(path)
        start = time.perf_counter()
        reply, outputs = execute(kc, f'Dataset(csv: "{path}", label: "x")', timeout=30)
        assert time.perf_counter() - start < 20  # a pipe blocked forever, /dev/zero until memory ran out
        assert reply["content"]["status"] == "error"
        expected = {"fifo": "a named pipe", "device": "a character device", "directory": "a directory"}[kind]
        assert reply["content"]["evalue"] in (f"{path} is {expected}, not a regular file", f"{path}: no such file")


def test_loading_large_png_images(session, tmp_path):
    km, kc = session
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    row = b"\x01" + bytes(range(256)) * 64  # Sub-filtered RGBA rows: every byte is undone
    image = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4096, 4096, 8, 6, 0, 0, 0))
             + chunk(b"IDAT", zlib.compress(row * 4096, 1)) + chunk(b"IEND", b""))
    (tmp_path / "big" / "a").mkdir(parents=True)
    (tmp_path / "big" / "a" / "0.png").write_bytes(image)
    for k in range(1, 8):
        os.link(tmp_path / "big" / "a" / "0.png", tmp_path / "big" / "a" / f"{k}.png")
    for delay in (0.2, 0.6):  # in the decoding of the first image, or later
        assert_interrupted_and_alive(km, kc, f'let images = Dataset(imagesIn: "{tmp_path / "big"}", size: (64, 64))', delay)


def test_t_sne_of_thousands_of_points(session):
    km, kc = session
    # 12,000 points: 4,000 finished within 0.8 s on a quiet machine, before the interrupt came.
    setup(kc, "let points = Dataset(features: Tensor(randomNormal: [12000, 16]), "
              "labels: Tensor((0..<12000).map { Double($0 % 4) }))")
    for delay in (0.1, 0.8):  # in the affinities, or in the descent
        assert_interrupted_and_alive(km, kc, "Embedding(points, method: .tsne)", delay)


def test_a_chart_of_forty_megapixels_is_rasterised_and_encoded_interruptibly(session):
    """The largest picture a chart makes (40 M pixels): rasterising, then the PNG's filtering and deflate."""
    km, kc = session
    setup(kc, "let noise = (0..<300).map { i in (0..<300).map { j in Double((i * 7919 + j * 104729) % 251) } }")
    for delay in (0.1, 0.4, 0.9):
        content, elapsed = interrupt_after(km, kc, "Heatmap(noise, width: 4000, height: 3000)", delay)
        assert content["status"] == "ok" or content["ename"] == "Interrupted", content
        assert elapsed < LIMIT, f"the reply came {elapsed * 1000:.0f} ms after the interrupt"
