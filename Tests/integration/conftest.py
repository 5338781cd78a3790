"""Shared set-up for the integration tests: a kernelspec for the built
`loupe` binary in a temporary JUPYTER_PATH (no install step).

LOUPE_BIN names the binary to test; by default the one `make test` builds.
"""
import json
import os
import pathlib
import tempfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
LOUPE = os.environ.get("LOUPE_BIN") or str(ROOT / ".build-test" / "release" / "loupe")
KERNEL_NAME = "loupe-test"

_spec_root = pathlib.Path(tempfile.mkdtemp(prefix="loupe-jupyter-path-"))
_spec_dir = _spec_root / "kernels" / KERNEL_NAME
_spec_dir.mkdir(parents=True)
(_spec_dir / "kernel.json").write_text(json.dumps({
    "argv": [LOUPE, "kernel", "-f", "{connection_file}"],
    "display_name": "Loupe (test build)",
    "language": "swift",
    "interrupt_mode": "message",
    "metadata": {"supported_encryption": ["curve"]},
}))
os.environ["JUPYTER_PATH"] = str(_spec_root) + os.pathsep + os.environ.get("JUPYTER_PATH", "")
os.environ.setdefault("IPYTHONDIR", tempfile.mkdtemp(prefix="loupe-ipython-"))
os.environ["JUPYTER_PLATFORM_DIRS"] = "1"


@pytest.fixture(scope="module")
def kernel():
    """A running Loupe kernel and a blocking client, shared by a module's tests."""
    from jupyter_client.manager import start_new_kernel
    km, kc = start_new_kernel(kernel_name=KERNEL_NAME, startup_timeout=30)
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel(now=True)


def kernel_pid(km) -> int:
    return km.provisioner.process.pid


def rss_kib(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def execute(kc, code: str, timeout: float = 30, **kwargs):
    """Runs code; returns (reply, iopub messages up to idle)."""
    outputs = []
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=outputs.append, **kwargs)
    return reply, outputs


@pytest.fixture(scope="session")
def executed_tour():
    """notebooks/tour.ipynb executed once by nbclient against the built kernel, for every
    test module that reads its outputs."""
    import nbformat
    from nbclient import NotebookClient
    notebook = nbformat.read(ROOT / "notebooks" / "tour.ipynb", as_version=4)
    NotebookClient(notebook, kernel_name=KERNEL_NAME, timeout=300, allow_errors=True).execute()
    return notebook
