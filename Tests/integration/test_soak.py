"""A shorter soak than bench/soak: chart executes and closure definitions after a warm-up leave the
kernel's resident memory flat (history keeps bounded outputs, replaced definitions are freed)."""
from conftest import kernel_pid, rss_kib
from soak_cells import chart_cell, closure_cell, run_cells


def test_charts_and_closures_keep_memory_flat(kernel):
    km, kc = kernel
    pid = kernel_pid(km)
    run_cells(kc, [chart_cell(i) for i in range(150)] + [closure_cell(i) for i in range(300)])  # warm-up
    before = rss_kib(pid)
    run_cells(kc, [chart_cell(i) for i in range(150, 750)] + [closure_cell(i) for i in range(300, 1300)])
    after = rss_kib(pid)
    assert after - before < 10 * 1024, f"RSS grew from {before} KiB to {after} KiB"
