"""Short runs of the kernel fuzzers (fuzz/loupe_fuzz.py; the long runs are bench/fuzz), and every
input that ever crashed or hung the kernel, replayed."""
import json
import pathlib
import sys

import pytest

from conftest import KERNEL_NAME, ROOT

sys.path.insert(0, str(ROOT / "fuzz"))
import loupe_fuzz  # noqa: E402

#: Seconds an interrupted cell or a wire batch has to be answered before it counts as a hang: generous,
#: so that a loaded machine is not taken for a hang (a real one never answers).
GRACE = 20


@pytest.fixture(scope="module")
def fuzz_kernel():
    kernel = loupe_fuzz.Kernel(KERNEL_NAME)
    yield kernel
    kernel.stop()


def test_mutated_and_hostile_cells_neither_crash_nor_hang(fuzz_kernel):
    report = loupe_fuzz.fuzz_cells(fuzz_kernel, seconds=20, seed=19, interrupt_grace=GRACE, log=lambda _: None)
    assert report.runs > 100, report.summary()
    assert report.errors > 0, report.summary()
    assert (report.crashes, report.hangs) == ([], []), report.summary()


def test_hostile_wire_messages_neither_crash_nor_hang(fuzz_kernel):
    report = loupe_fuzz.fuzz_wire(fuzz_kernel, seconds=15, seed=19, answer_timeout=GRACE, log=lambda _: None)
    assert report.runs > 200, report.summary()
    assert (report.crashes, report.hangs) == ([], []), report.summary()


REGRESSIONS = sorted(pathlib.Path(loupe_fuzz.REGRESSIONS).glob("*.*"))


@pytest.mark.parametrize("path", REGRESSIONS, ids=[path.name for path in REGRESSIONS])
def test_every_input_that_once_crashed_or_hung_is_answered(fuzz_kernel, path):
    text = loupe_fuzz.load_regression(path)
    if ".swift" in path.suffixes:
        report = loupe_fuzz.Report("regression")
        outcome = loupe_fuzz.run_cell(fuzz_kernel, text, report, cell_timeout=5, interrupt_grace=GRACE)
    else:
        outcome = loupe_fuzz.replay(fuzz_kernel, json.loads(text), GRACE)
    if outcome != "ok":
        fuzz_kernel.restart()
    assert outcome == "ok"
    assert fuzz_kernel.answers()
