"""A shorter soak than bench/soak: chart executes and closure definitions after a warm-up leave the
kernel's resident memory flat (history keeps bounded outputs, replaced definitions are freed)."""
import pytest
from jupyter_client import KernelManager

from conftest import KERNEL_NAME, kernel_pid, rss_kib
from soak_cells import chart_cell, closure_cell, run_cells


@pytest.fixture(scope="module")
def soak_kernel():
    km = KernelManager(kernel_name=KERNEL_NAME)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=30)
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel(now=True)


def test_charts_and_closures_keep_memory_flat(soak_kernel):
    km, kc = soak_kernel
    pid = kernel_pid(km)
    run_cells(kc, [chart_cell(i) for i in range(150)] + [closure_cell(i) for i in range(300)])  # warm-up
    before = rss_kib(pid)
    run_cells(kc, [chart_cell(i) for i in range(150, 750)] + [closure_cell(i) for i in range(300, 1300)])
    after = rss_kib(pid)
    assert after - before < 10 * 1024, f"RSS grew from {before} KiB to {after} KiB"
