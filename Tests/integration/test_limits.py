"""The inputs of issue #19 that used to kill the kernel: each is now a clear error
and the session's state survives; a memory budget caps the whole session."""
import os
import time

import pytest

from conftest import execute, running_kernel


def result(outputs):
    return [m["content"]["data"]["text/plain"] for m in outputs if m["msg_type"] == "execute_result"]


@pytest.fixture(scope="module")
def budgeted():
    """A kernel with a 1 GiB memory budget."""
    with running_kernel(env={**os.environ, "LOUPE_MEMORY_LIMIT": "1G"}) as (km, kc):
        reply, _ = execute(kc, "let kept = 41")
        assert reply["content"]["status"] == "ok"
        yield km, kc


def assert_error_and_alive(km, kc, code, ename, evalue_start):
    reply, outputs = execute(kc, code, timeout=120)
    content = reply["content"]
    assert content["status"] == "error", content
    assert content["ename"] == ename
    # A file that is not regular is refused at once: named by its kind where the reader says it (Learn's
    # DataFile), or as unreadable.
    starts = [evalue_start]
    if evalue_start.endswith("not a regular file"):
        starts.append(evalue_start.split(" is ")[0] + ": no such file")
    assert any(content["evalue"].startswith(start) for start in starts), content["evalue"]
    assert km.is_alive()
    _, outputs = execute(kc, "kept + 1")
    assert result(outputs) == ["42"]


@pytest.mark.parametrize("code, ename, evalue", [
    ("func d(_ x: Int = d()) -> Int { x }\nd()", "RuntimeError", "stack overflow (recursion deeper than 10000 calls)"),
    ("Array(stride(from: 0, to: Int.max, by: 1))", "RuntimeError", "allocation of 9223372036854775807 elements refused"),
    ('var s = "x"\nfor _ in 0..<40 { s += s }', "RuntimeError", "a string of 536870912 bytes is too long"),
    ('Dataset(csv: "/dev/zero", label: "x")', "RuntimeError", "/dev/zero is a character device, not a regular file"),
])
def test_what_used_to_crash_is_an_error(budgeted, code, ename, evalue):
    km, kc = budgeted
    assert_error_and_alive(km, kc, code, ename, evalue)


def test_a_named_pipe_is_refused_without_blocking(budgeted, tmp_path):
    km, kc = budgeted
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    assert_error_and_alive(km, kc, f'Dataset(csv: "{pipe}", label: "x")', "RuntimeError",
                           f"{pipe} is a named pipe, not a regular file")


def test_the_budget_caps_the_total_not_just_each_allocation(budgeted):
    km, kc = budgeted
    reply, _ = execute(kc, "let first = Array(repeating: 1, count: 25_000_000)", timeout=120)
    assert reply["content"]["status"] == "ok"
    assert_error_and_alive(km, kc, "let second = Array(repeating: 2, count: 25_000_000)", "RuntimeError",
                           "out of memory: an array of 25000000 elements needs")
    assert_error_and_alive(km, kc, "let t = Tensor(zeros: [12000, 12000])", "RuntimeError",
                           "out of memory: a tensor of shape [12000, 12000] needs 1.1 GiB")
    _, outputs = execute(kc, "first.count")
    assert result(outputs) == ["25000000"]


def test_a_value_huge_as_text_shows_its_first_mebibyte(kernel):
    """One inner array shared 3 M times is small in memory (69 MiB) and 10^13 characters as text: its result
    and print show the first MiB and `…` at once (the text used to grow until the kernel ran out of memory),
    and a String made of it is interrupted. A kernel of its own: the budgeted one already holds 25 M elements."""
    km, kc = kernel
    setup = "let rows = Array(repeating: Array(repeating: 0, count: 3_000_000), count: 3_000_000)"
    reply, outputs = execute(kc, setup + "\nprint(rows)\nrows", timeout=120)
    assert reply["content"]["status"] == "ok", reply["content"]
    (text,) = result(outputs)
    assert text.startswith("[[0, 0, 0, ") and text.endswith("…")
    assert (1 << 20) - 4096 <= len(text.encode()) < 1 << 20
    printed = "".join(m["content"]["text"] for m in outputs if m["msg_type"] == "stream")
    assert printed.startswith("[[0, 0, ") and printed.endswith("…\n") and len(printed.encode()) < 1 << 20

    msg_id = kc.execute('let whole = "\\(rows)"')
    time.sleep(0.2)
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=20)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["ename"] == "Interrupted", reply["content"]
    _, outputs = execute(kc, "rows[2].count")
    assert result(outputs) == ["3000000"]
